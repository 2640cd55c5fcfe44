"""Quote stage, attribution round a89 on issue 19: the explicit subject of a cue missed inside
a long title chain.
- Between a verb of saying and its content (إن، أن، a colon, quotation marks) stand its subject
  and complements, never its object. A definite word or a quoted body's name closes the chain of
  a title's complements ("مفوضة الاتحاد للشؤون الاجتماعية والمساواة بين الجنسين"، "مسؤولة مكتب
  تونس لمنظمة "…""); an indefinite word after it is neither its genitive nor its adjective, so
  the words from there to the content are the holder's name in apposition: the speaker.
- A participle in the indefinite accusative after the name ("سامي العلوي مازحا") is the
  subject's state (حال), no part of the name, which is nominative like its title.
- After a preposition ("في تصريح صحفي") or a pronoun pointing elsewhere ("مع نظيره …") the
  words are no name of the title's holder.
Every sentence here is written for the test.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def _speaker_of(text: str, fragment: str) -> tuple[str | None, str | None]:
    quote = quote_with(quotes_of(text), fragment)
    return (quote.speaker.text if quote.speaker else None, quote.speaker_name)


def test_name_after_a_domain_and_a_complement_then_a_comma() -> None:
    text = (
        "وقالت مفوضة الاتحاد الإفريقي للشؤون الاجتماعية والمساواة بين الجنسين سلمى الكافي، بأن المزاعم كاذبة."
    )
    assert _speaker_of(text, "المزاعم كاذبة") == ("سلمى الكافي", "سلمى الكافي")


def test_name_after_a_quoted_body_that_an_anonymous_post_serves() -> None:
    text = 'وتقول مسؤولة مكتب تونس لمنظمة "العين الساهرة" نادية الكافي إن التعذيب ما زال مستمرا.'
    assert _speaker_of(text, "التعذيب") == ("نادية الكافي", "نادية الكافي")


def test_name_after_coordinated_titles_and_a_complement() -> None:
    text = "وقالت المذيعة ومقدمة البرامج في قناة المستقبل سلمى الهادي إنها ستعود إلى العمل قريبا."
    assert _speaker_of(text, "ستعود") == ("سلمى الهادي", "سلمى الهادي")


def test_name_before_a_direct_quote_after_a_quoted_body() -> None:
    text = (
        'وقال كبير الاقتصاديين المتخصصين في شؤون الخليج لدى "بنك الرافدين" كريم الساعدي '
        '"إن النمو سيبقى ضعيفا هذا العام".'
    )
    assert _speaker_of(text, "النمو") == ("كريم الساعدي", "كريم الساعدي")


def test_words_after_a_preposition_are_no_name() -> None:
    text = "وقال الرئيس الفرنسي في تصريح صحفي إن الوضع صعب."
    assert _speaker_of(text, "الوضع صعب")[0] == "الرئيس الفرنسي"


def test_a_name_after_a_pronoun_is_another_person() -> None:
    text = "وقال وزير الخارجية في مؤتمر صحفي مع نظيره الفرنسي جان لودريان إن الوضع صعب."
    assert _speaker_of(text, "الوضع صعب")[0] == "وزير الخارجية"


def test_a_time_after_a_body_is_no_name() -> None:
    text = "وقالت الشرطة المحلية مساء السبت إن الطريق مغلق."
    assert _speaker_of(text, "الطريق مغلق")[0] == "الشرطة المحلية"


def test_a_manner_participle_after_the_name_is_no_part_of_it() -> None:
    text = 'وقال المتحدث باسم الشرطة سامي العلوي مازحا: "لم نر شيئا غريبا".'
    assert _speaker_of(text, "لم نر") == ("سامي العلوي", "سامي العلوي")


def test_name_after_a_chain_with_a_hashtag() -> None:
    text = (
        'وقال كبير المحللين المتخصصين في شؤون #الخليج_العربي لدى "بنك الرافدين" كريم الساعدي '
        '"إن الأسعار سترتفع".'
    )
    assert _speaker_of(text, "الأسعار") == ("كريم الساعدي", "كريم الساعدي")


def test_a_manner_participle_after_a_bare_name_is_no_part_of_it() -> None:
    text = 'وقال كورتني مازحا: "لم أر ذئبا بهذا الحجم من قبل".'
    assert _speaker_of(text, "لم أر") == ("كورتني", "كورتني")
