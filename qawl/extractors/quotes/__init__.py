"""Quote stage: who said what, as direct, indirect, mixed and nominal quotes with their speakers.

Rules, not a model (no Arabic quote-attribution training data exists). For each document
(:meth:`attributor.QuoteAttributor.find`):

1. cues — verbs, participles, verbal nouns and source phrases of saying (:mod:`lexicon`, from
   ``data/cues.tsv``), each read into a frame (:mod:`cues`): its content after quotation marks,
   a colon, a complementizer, a governed preposition or a bare object (:mod:`frames` puts the
   pieces together: :mod:`triggers` finds where the content starts, :mod:`objects` a bare object,
   :mod:`predicates` اعتبر X Y, :mod:`content` where it ends, :mod:`quoted_terms` quote marks that
   open no quote, :mod:`readings` senses that report nothing); headline colon quotes, verbal nouns
   and source phrases (بحسب، وفقاً لـ) apart (:mod:`sources`);
2. speakers — the subject after the cue (VSO) or before it (SVO), titles split from names
   (:mod:`speakers`); the subjects of clauses that report nothing (:mod:`antecedents`);
3. names — the speaker's entity from the NER/gazetteer stages when a mention overlaps it, else
   the fullest name the document gives, titles resolved to names (:mod:`names`, :mod:`resolve`);
4. attribution — frames in reading order (:mod:`attribution`); a cue without a subject (وأضاف،
   مؤكداً) carries the previous speaker that agrees with it (:mod:`history`, :mod:`grammar`).

Content spans overlap only where a report nests in another quote's content (its own cue and
complementizer or quote marks inside it); otherwise, when two cues claim the same words, the surer
frame keeps them.
Word lists live in :mod:`words`; the view of a document (:mod:`view`) carries the stage's lexicon.
"""

from qawl.extractors.quotes.attributor import QuoteAttributor

__all__ = ["QuoteAttributor"]
