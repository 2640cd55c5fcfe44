"""Quote round a128: the fullest proper name for a speaker, and titles paired with names.

- إمام ("imam"), written with its hamza under the alif, is a noun and no stop: only أمام "in
  front of" is the preposition its key also spells.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_an_imam_written_with_his_hamza_is_the_speaker() -> None:
    text = 'وقال إمام الجامع الكبير في البلدة إن "المصلين يطالبون بترميم المبنى".'
    assert quote_with(quotes_of(text), "المصلين").speaker_name == "إمام الجامع الكبير"


def test_the_preposition_amam_still_stops_the_speaker() -> None:
    text = 'وقال الوزير أمام النواب إن "الميزانية ستقر قريبا".'
    assert quote_with(quotes_of(text), "الميزانية").speaker_name == "الوزير"
