"""Batched inference for a loaded Stanza NER model, without Stanza's document machinery.

Stanza's pipeline wraps every token in ``Token``/``Word`` objects, rebuilds its tensors through
a general data loader and decodes the CRF one sentence at a time in NumPy; for a small tagger
that is more than half of the time. :class:`DirectTagger` feeds the same model the same inputs
straight from token strings: vocabulary ids are looked up once per distinct word, sentences
of a whole batch are sorted by length before batching, and Viterbi decoding runs for the whole
batch at once in torch. The tags are the ones Stanza's pipeline gives (a test pins this).

The architectures qawl trains are supported: word vectors with fine-tuning deltas, then either
a character BiLSTM or a pair of character language models (forward and backward, read at each
word's end as Stanza does), and one tag layer. :func:`DirectTagger.supports` says so; anything
else (transformers, multi-layer tag sets) goes through the Stanza pipeline instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import torch
from stanza.models.ner.trainer import fix_singleton_tags  # stray I-/lone B- → S-, as Stanza does
from torch.nn.utils.rnn import PackedSequence, pack_padded_sequence

# Stanza's vocabularies reserve the first ids: PAD 0, UNK 1, then <EMPTY> and <ROOT>.
PAD_ID = 0
UNK_ID = 1
VOCAB_PREFIX_SIZE = 4
# Tokens per forward pass: big enough for efficient matrix products on a CPU, small
# enough that padding in the character model stays cheap.
TOKENS_PER_BATCH = 4096
# A bounded cache of per-word ids; it is cleared, not evicted, when full (news vocabularies
# are Zipfian, so the frequent words come straight back).
MAX_CACHED_WORDS = 200_000
# Per word: its pretrained-vector id, its fine-tuning delta id, its character ids.
WordIds = tuple[int, int, tuple[int, ...]]


class DirectTagger:
    """Tags pre-tokenised sentences with a Stanza NER trainer's model."""

    def __init__(self, trainer: Any) -> None:
        self._model = trainer.model
        self._args = trainer.args
        vocab = trainer.vocab
        self._word_vocab = vocab["word"]
        self._delta_vocab = vocab["delta"] if self._model.delta_emb is not None else None
        self._char_vocab = vocab["char"]
        self._lowercase = self._args.get("lowercase", True)
        self._char_lowercase = self._args.get("char_lowercase", False)
        tag_vocab = vocab["tag"]
        self._tags = [_single_tag(tag_vocab, i) for i in range(self._model.tag_clfs[0].out_features)]
        # Char LMs read a sentence as one character string: a start mark, then each word
        # followed by a space (the backward LM reads it reversed).
        self._charlm = bool(self._args.get("charlm"))
        self._lm_start = self._char_vocab.unit2id("\n")
        self._lm_space = self._char_vocab.unit2id(" ")
        self._word_ids: dict[str, WordIds] = {}

    @staticmethod
    def supports(trainer: Any) -> bool:
        """Whether the model has the plain architecture this class runs."""
        model, args = trainer.model, trainer.args
        return (
            "word" in trainer.vocab
            and args.get("word_emb_dim", 0) > 0
            and args.get("char", True)
            and args.get("char_emb_dim", 0) > 0
            and getattr(model, "bert_model", None) is None
            and len(model.tag_clfs) == 1
            and (
                hasattr(model, "charmodel_forward") and hasattr(model, "charmodel_backward")
                if args.get("charlm")
                else hasattr(model, "charmodel")
            )
        )

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIOES tags for each sentence (each a non-empty list of token strings)."""
        # A freshly loaded Stanza model may still be in training mode (dropout on).
        self._model.eval()
        order = sorted(range(len(sentences)), key=lambda i: -len(sentences[i]))
        results: list[list[str]] = [[] for _ in sentences]
        batch: list[int] = []
        for index in order:
            # Sorted longest first, so the first sentence sets the padded width of the batch.
            if batch and len(sentences[batch[0]]) * (len(batch) + 1) > TOKENS_PER_BATCH:
                self._tag_batch([sentences[i] for i in batch], batch, results)
                batch = []
            batch.append(index)
        if batch:
            self._tag_batch([sentences[i] for i in batch], batch, results)
        return results

    def _ids(self, word: str) -> WordIds:
        cached = self._word_ids.get(word)
        if cached is None:
            if len(self._word_ids) >= MAX_CACHED_WORDS:
                self._word_ids.clear()
            key = word.lower() if self._lowercase else word
            static = self._word_vocab.unit2id(key)
            delta = self._delta_vocab.unit2id(key) if self._delta_vocab is not None else PAD_ID
            # Stanza's rule: a word the pretrained vectors know gets no delta "unknown" vector.
            if delta == UNK_ID and static != UNK_ID:
                delta = PAD_ID
            chars = word.lower() if self._char_lowercase else word
            cached = (static, delta, tuple(self._char_vocab.map(list(chars))))
            self._word_ids[word] = cached
        return cached

    @torch.inference_mode()
    def _tag_batch(
        self, sentences: Sequence[Sequence[str]], indices: Sequence[int], results: list[list[str]]
    ) -> None:
        model = self._model
        lengths = [len(sentence) for sentence in sentences]
        width = lengths[0]
        ids = [[self._ids(word) for word in sentence] for sentence in sentences]

        static = torch.tensor([[entry[0] for entry in row] + [PAD_ID] * (width - len(row)) for row in ids])
        delta = torch.tensor([[entry[1] for entry in row] + [PAD_ID] * (width - len(row)) for row in ids])
        embedded = model.word_emb(static)
        if model.delta_emb is not None:
            embedded = embedded + model.delta_emb(delta)
        words = pack_padded_sequence(embedded, lengths, batch_first=True)

        if self._charlm:
            char_inputs = self._charlm_reps(ids, words.batch_sizes.tolist())
        else:
            char_inputs = [self._char_model_reps(ids, lengths)]
        inputs = torch.cat([words.data, *char_inputs], 1)
        if model.input_transform is not None:
            inputs = model.input_transform(inputs)
        layers = 2 * self._args["num_layers"]
        hidden = self._args["hidden_dim"]
        outputs, _ = model.taggerlstm(
            PackedSequence(inputs, words.batch_sizes),
            lengths,
            hx=(
                model.taggerlstm_h_init.expand(layers, len(sentences), hidden).contiguous(),
                model.taggerlstm_c_init.expand(layers, len(sentences), hidden).contiguous(),
            ),
        )
        scores = model.tag_clfs[0](outputs.data)
        padded_scores = torch.nn.utils.rnn.pad_packed_sequence(
            PackedSequence(scores, words.batch_sizes), batch_first=True
        )[0]
        best = viterbi(padded_scores, torch.tensor(lengths), model.crits[0]._transitions)
        for row, index in enumerate(indices):
            tag_ids = best[row, : lengths[row]].tolist()
            results[index] = fix_singleton_tags(
                [self._tags[max(tag_id, VOCAB_PREFIX_SIZE)] for tag_id in tag_ids]
            )

    def _char_model_reps(self, ids: list[list[WordIds]], lengths: list[int]) -> torch.Tensor:
        """The character BiLSTM's vector for each word, in packed (time-major) order."""
        chars = [entry[2] for sentence_ids in ids for entry in sentence_ids]
        order = sorted(range(len(chars)), key=lambda i: -len(chars[i]))
        char_lengths = [len(chars[i]) for i in order]
        longest = char_lengths[0]
        padded = torch.tensor([chars[i] + (PAD_ID,) * (longest - len(chars[i])) for i in order])
        return self._model.charmodel(padded, padded.eq(PAD_ID), order, lengths, char_lengths).data

    def _charlm_reps(self, ids: list[list[WordIds]], batch_sizes: list[int]) -> list[torch.Tensor]:
        """Forward and backward char-LM states for each word, in packed (time-major) order.

        Each LM reads the sentence as one string (a start mark, then every word followed by a
        space; the backward LM reads it reversed) and a word is represented by the LM's state
        at the space after it: what Stanza's NER model reads. The LMs' output layers, which
        only predict the next character, are not run.
        """
        start, space = self._lm_start, self._lm_space
        strings: tuple[list[list[int]], list[list[int]]] = ([], [])
        reading_points: tuple[list[list[int]], list[list[int]]] = ([], [])
        for sentence in ids:
            for direction, words in enumerate((sentence, sentence[::-1])):
                string, points = [start], []
                for entry in words:
                    string.extend(entry[2] if direction == 0 else entry[2][::-1])
                    points.append(len(string))
                    string.append(space)
                strings[direction].append(string)
                reading_points[direction].append(points if direction == 0 else points[::-1])
        # Both strings of a sentence have one length; the LSTM takes them longest first.
        order = sorted(range(len(ids)), key=lambda i: -len(strings[0][i]))
        lengths = [len(strings[0][i]) for i in order]
        width = lengths[0]
        row_of = [0] * len(ids)
        for row, sentence in enumerate(order):
            row_of[sentence] = row
        reps = []
        for lm, direction in ((self._model.charmodel_forward, 0), (self._model.charmodel_backward, 1)):
            rows, points = strings[direction], reading_points[direction]
            padded = torch.tensor([rows[i] + [space] * (width - len(rows[i])) for i in order])
            packed = pack_padded_sequence(lm.char_emb(padded), lengths, batch_first=True)
            size = lm.args["char_hidden_dim"]
            layers = lm.args["char_num_layers"]
            hidden = (
                lm.charlstm_h_init.expand(layers, len(ids), size).contiguous(),
                lm.charlstm_c_init.expand(layers, len(ids), size).contiguous(),
            )
            states = lm.charlstm(packed, lengths, hx=hidden)[0].data
            # In the packed states, character c of row r is at step_start[c] + r; the tagger's
            # packed order holds word t of its first batch_sizes[t] sentences.
            step_start = (torch.cumsum(packed.batch_sizes, 0) - packed.batch_sizes).tolist()
            picks = [
                step_start[points[s][t]] + row_of[s]
                for t, count in enumerate(batch_sizes)
                for s in range(count)
            ]
            reps.append(states.index_select(0, torch.tensor(picks)))
        return reps


def viterbi(scores: torch.Tensor, lengths: torch.Tensor, transitions: torch.Tensor) -> torch.Tensor:
    """Best tag ids for a padded batch: ``scores`` is batch × time × tags, ``lengths`` per row.

    Past a row's length its trellis is frozen and its back-pointers are the identity, so one
    backward pass from the last column recovers every row's path.
    """
    batch, steps, tags = scores.shape
    trellis = scores[:, 0]
    identity = torch.arange(tags).expand(batch, tags)
    pointers = []
    for step in range(1, steps):
        candidates = trellis.unsqueeze(2) + transitions.unsqueeze(0)
        best, pointer = candidates.max(1)
        live = (lengths > step).unsqueeze(1)
        trellis = torch.where(live, scores[:, step] + best, trellis)
        pointers.append(torch.where(live, pointer, identity))
    path = [trellis.argmax(1)]
    for pointer in reversed(pointers):
        path.append(pointer.gather(1, path[-1].unsqueeze(1)).squeeze(1))
    path.reverse()
    return torch.stack(path, 1)


def _single_tag(tag_vocab: Any, tag_id: int) -> str:
    tag = tag_vocab.unmap([(tag_id,)])[0]
    if isinstance(tag, (list, tuple)):
        # Reserved ids (padding, unknown, empty) never survive decoding; see VOCAB_PREFIX_SIZE.
        return tag[0] if tag else "O"
    return tag
