/*
 * qawl.gazetteers._wordscan: the optional compiled part of the gazetteer scan.
 *
 * A WordFinder holds a set of words (bytes in the one-byte code of qawl.gazetteers.bytemap)
 * and reports where they occur, as whole words, in a document's ``spaced`` bytes, where
 * words are runs of bytes other than the space (0x20). It does in one pass, without making a
 * Python object per word, what the pure-Python scan does with ``bytes.split``, a set
 * intersection and ``bytes.find`` per form found; qawl/gazetteers/index.py chooses between
 * the two, and the tests check that they agree.
 *
 * Some words are reported only where the next word is one of a second set (words that only
 * start multi-word names: علي is worth reading only before a word that may follow it in a
 * name). What to do at each place is decided in Python, once per word: where that is always
 * the same one-word name (the word starts no longer one), Python attaches the name to the
 * word, and find_names() then writes its matches itself (see find_names).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define ALWAYS 1   /* report wherever the word occurs */
#define FOLLOWED 2 /* report where the next word is a follower */
#define FOLLOWER 4 /* a word that may follow a FOLLOWED word */

/* By mode (see find_names), what Python attached to a word (all owned). */
typedef struct {
    char attached[2];
    PyObject *solo[2];    /* the one-word name it reads as, (key, entry ids), or NULL */
    Py_ssize_t prefix[2]; /* letters of proclitic the name's span leaves out */
    PyObject *phrases[2]; /* the longer names it may start, by second word (see attach), or NULL */
} Attachment;

typedef struct {
    const char *data; /* NULL: empty slot; else the bytes of ``word`` */
    Py_ssize_t size;
    uint64_t hash;
    PyObject *word;         /* borrowed: the finder's ``words`` tuple keeps it */
    Attachment *attachment; /* NULL until attach(): most words of a finder never occur */
    int kinds;
} Slot;

/* A bit per hash value modulo this: most words of a text are not in the table, and a test
 * of this filter (which fits in a first-level cache) tells them apart without probing. */
#define FILTER_BITS (1u << 18)

typedef struct {
    PyObject_HEAD
    Slot *slots;
    size_t mask;
    uint64_t *filter; /* FILTER_BITS bits: set for both halves of each word's hash */
    Py_ssize_t min_size, max_size;
    PyObject *words; /* a tuple that owns every word a slot points to (a tuple of bytes is
                      * left out of the cyclic garbage collector's passes; a dict is not) */
} WordFinder;

/* FNV-1a, computed while a word is read: words are a few bytes long. */
#define HASH_START 1469598103934665603ULL
#define HASH_STEP(h, byte) (((h) ^ (unsigned char)(byte)) * 1099511628211ULL)

static uint64_t
hash_bytes(const char *data, Py_ssize_t size)
{
    uint64_t h = HASH_START;
    for (Py_ssize_t i = 0; i < size; i++)
        h = HASH_STEP(h, data[i]);
    return h;
}

static inline int
filter_has(const uint64_t *filter, uint64_t hash)
{
    uint32_t a = (uint32_t)(hash >> 40) & (FILTER_BITS - 1), b = (uint32_t)(hash >> 14) & (FILTER_BITS - 1);
    return (filter[a >> 6] >> (a & 63)) & (filter[b >> 6] >> (b & 63)) & 1;
}

static inline void
filter_add(uint64_t *filter, uint64_t hash)
{
    uint32_t a = (uint32_t)(hash >> 40) & (FILTER_BITS - 1), b = (uint32_t)(hash >> 14) & (FILTER_BITS - 1);
    filter[a >> 6] |= 1ULL << (a & 63);
    filter[b >> 6] |= 1ULL << (b & 63);
}

static Slot *
lookup(const WordFinder *self, const char *data, Py_ssize_t size, uint64_t hash)
{
    size_t i = (size_t)hash & self->mask;
    for (;;) {
        Slot *slot = &self->slots[i];
        if (slot->data == NULL)
            return NULL;
        if (slot->hash == hash && slot->size == size && memcmp(slot->data, data, (size_t)size) == 0)
            return slot;
        i = (i + 1) & self->mask;
    }
}

/* Add every word of ``iterable`` to ``words`` (a dict word → kinds) with ``kind``. */
static int
collect(PyObject *words, PyObject *iterable, int kind)
{
    PyObject *iterator = PyObject_GetIter(iterable);
    if (iterator == NULL)
        return -1;
    PyObject *word;
    while ((word = PyIter_Next(iterator)) != NULL) {
        if (!PyBytes_Check(word)) {
            PyErr_Format(PyExc_TypeError, "words must be bytes, not %.100s", Py_TYPE(word)->tp_name);
            Py_DECREF(word);
            Py_DECREF(iterator);
            return -1;
        }
        if (PyBytes_GET_SIZE(word) > 0) {
            PyObject *known = PyDict_GetItemWithError(words, word);
            long kinds = known == NULL ? 0 : PyLong_AsLong(known);
            PyObject *value = PyErr_Occurred() ? NULL : PyLong_FromLong(kinds | kind);
            if (value == NULL || PyDict_SetItem(words, word, value) < 0) {
                Py_XDECREF(value);
                Py_DECREF(word);
                Py_DECREF(iterator);
                return -1;
            }
            Py_DECREF(value);
        }
        Py_DECREF(word);
    }
    Py_DECREF(iterator);
    return PyErr_Occurred() ? -1 : 0;
}

static int
WordFinder_init(WordFinder *self, PyObject *args, PyObject *kwds)
{
    static char *keywords[] = {"words", "followed", "followers", NULL};
    PyObject *always, *followed = NULL, *followers = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|OO:WordFinder", keywords, &always, &followed, &followers))
        return -1;
    if (self->words != NULL) {
        PyErr_SetString(PyExc_RuntimeError, "WordFinder is already initialised");
        return -1;
    }
    PyObject *words = PyDict_New();
    if (words == NULL)
        return -1;
    if (collect(words, always, ALWAYS) < 0
        || (followed != NULL && collect(words, followed, FOLLOWED) < 0)
        || (followers != NULL && collect(words, followers, FOLLOWER) < 0)) {
        Py_DECREF(words);
        return -1;
    }
    Py_ssize_t count = PyDict_GET_SIZE(words);
    size_t capacity = 8;
    while (capacity < (size_t)count * 2)
        capacity <<= 1;
    Slot *slots = PyMem_Calloc(capacity, sizeof(Slot));
    uint64_t *filter = PyMem_Calloc(FILTER_BITS / 64, sizeof(uint64_t));
    if (slots == NULL || filter == NULL) {
        PyMem_Free(slots);
        PyMem_Free(filter);
        Py_DECREF(words);
        PyErr_NoMemory();
        return -1;
    }
    PyObject *owned = PyTuple_New(count);
    if (owned == NULL) {
        PyMem_Free(slots);
        PyMem_Free(filter);
        Py_DECREF(words);
        return -1;
    }
    self->slots = slots;
    self->filter = filter;
    self->mask = capacity - 1;
    self->min_size = PY_SSIZE_T_MAX;
    self->max_size = 0;
    Py_ssize_t position = 0, n = 0;
    PyObject *word, *kinds;
    while (PyDict_Next(words, &position, &word, &kinds)) {
        Py_INCREF(word);
        PyTuple_SET_ITEM(owned, n++, word);
        const char *data = PyBytes_AS_STRING(word);
        Py_ssize_t size = PyBytes_GET_SIZE(word);
        uint64_t hash = hash_bytes(data, size);
        filter_add(filter, hash);
        size_t i = (size_t)hash & self->mask;
        while (slots[i].data != NULL)
            i = (i + 1) & self->mask;
        slots[i] = (Slot){data, size, hash, word, NULL, (int)PyLong_AsLong(kinds)};
        if (size < self->min_size)
            self->min_size = size;
        if (size > self->max_size)
            self->max_size = size;
    }
    Py_DECREF(words);
    self->words = owned;
    return 0;
}

static void
WordFinder_dealloc(WordFinder *self)
{
    if (self->slots != NULL) {
        for (size_t i = 0; i <= self->mask; i++) {
            Attachment *attachment = self->slots[i].attachment;
            if (attachment == NULL)
                continue;
            for (int mode = 0; mode < 2; mode++) {
                Py_XDECREF(attachment->solo[mode]);
                Py_XDECREF(attachment->phrases[mode]);
            }
            PyMem_Free(attachment);
        }
    }
    PyMem_Free(self->slots);
    PyMem_Free(self->filter);
    Py_XDECREF(self->words);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* The slot of the word at [start, end) with this hash, or NULL. */
static inline Slot *
word_at(const WordFinder *self, const char *text, Py_ssize_t start, Py_ssize_t end, uint64_t hash)
{
    Py_ssize_t size = end - start;
    if (size < self->min_size || size > self->max_size || !filter_has(self->filter, hash))
        return NULL;
    return lookup(self, text + start, size, hash);
}

typedef struct {
    Py_ssize_t start, end;
    uint64_t hash;
} Word;

/* Read the word that starts at or after ``from``: its bounds and hash; 0 at the end of the text. */
static inline int
read_word(const char *text, Py_ssize_t length, Py_ssize_t from, Word *word)
{
    Py_ssize_t j = from;
    while (j < length && text[j] == ' ')
        j++;
    if (j == length)
        return 0;
    word->start = j;
    uint64_t h = HASH_START;
    while (j < length && text[j] != ' ') {
        h = HASH_STEP(h, text[j]);
        j++;
    }
    word->end = j;
    word->hash = h;
    return 1;
}

/* Append ``offset, word, next`` (three items, flat) to ``found``: a place Python reads. */
static int
append_place(PyObject *found, Py_ssize_t offset, PyObject *word, const char *text, const Word *next, int followed)
{
    PyObject *start = PyLong_FromSsize_t(offset);
    PyObject *after = followed ? PyBytes_FromStringAndSize(text + next->start, next->end - next->start)
                               : Py_NewRef(Py_None);
    int failed = start == NULL || after == NULL || PyList_Append(found, start) < 0
                 || PyList_Append(found, word) < 0 || PyList_Append(found, after) < 0;
    Py_XDECREF(start);
    Py_XDECREF(after);
    return failed ? -1 : 0;
}

static PyObject *
WordFinder_find(WordFinder *self, PyObject *spaced)
{
    if (self->words == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "WordFinder is not initialised");
        return NULL;
    }
    if (!PyBytes_Check(spaced)) {
        PyErr_Format(PyExc_TypeError, "find() needs bytes, not %.100s", Py_TYPE(spaced)->tp_name);
        return NULL;
    }
    const char *text = PyBytes_AS_STRING(spaced);
    Py_ssize_t length = PyBytes_GET_SIZE(spaced);
    PyObject *found = PyList_New(0);
    if (found == NULL)
        return NULL;
    Word word, next;
    /* The word after a FOLLOWED word is read to test it, and then kept as the next word. */
    int have = read_word(text, length, 0, &word);
    while (have) {
        Slot *slot = word_at(self, text, word.start, word.end, word.hash);
        int read_next = 0, followed = 0;
        if (slot != NULL && (slot->kinds & FOLLOWED)) {
            read_next = read_word(text, length, word.end, &next);
            if (read_next) {
                Slot *follower = word_at(self, text, next.start, next.end, next.hash);
                followed = follower != NULL && (follower->kinds & FOLLOWER);
            }
        }
        /* Three items per place in one flat list: ints and bytes are not tracked by the
         * cyclic garbage collector, where a tuple per place would be. */
        if (slot != NULL && (followed || (slot->kinds & ALWAYS))
            && append_place(found, word.start, slot->word, text, &next, followed) < 0) {
            Py_DECREF(found);
            return NULL;
        }
        if (read_next)
            word = next;
        else
            have = read_word(text, length, word.end, &word);
    }
    return found;
}

/* ``phrases`` is a dict of bytes to tuples of phrases (rest: bytes, prefix: int, key: tuple,
 * entry ids: tuple), as attach() takes it. */
static int
check_phrases(PyObject *phrases)
{
    if (!PyDict_Check(phrases)) {
        PyErr_SetString(PyExc_TypeError, "phrases must be a dict or None");
        return -1;
    }
    Py_ssize_t position = 0;
    PyObject *second, *options;
    while (PyDict_Next(phrases, &position, &second, &options)) {
        if (!PyBytes_Check(second) || !PyTuple_Check(options)) {
            PyErr_SetString(PyExc_TypeError, "phrases map bytes to tuples");
            return -1;
        }
        for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(options); k++) {
            PyObject *option = PyTuple_GET_ITEM(options, k);
            if (!PyTuple_Check(option) || PyTuple_GET_SIZE(option) != 4 || !PyBytes_Check(PyTuple_GET_ITEM(option, 0))
                || !PyLong_Check(PyTuple_GET_ITEM(option, 1)) || !PyTuple_Check(PyTuple_GET_ITEM(option, 2))
                || !PyTuple_Check(PyTuple_GET_ITEM(option, 3))) {
                PyErr_SetString(PyExc_TypeError, "a phrase is (bytes, int, tuple, tuple)");
                return -1;
            }
            Py_ssize_t prefix = PyLong_AsSsize_t(PyTuple_GET_ITEM(option, 1));
            if (prefix < 0) {
                if (!PyErr_Occurred())
                    PyErr_SetString(PyExc_ValueError, "a phrase's proclitic length must not be negative");
                return -1;
            }
        }
    }
    return 0;
}

static PyObject *
WordFinder_attach(WordFinder *self, PyObject *args)
{
    PyObject *word, *solo, *phrases;
    int mode;
    if (!PyArg_ParseTuple(args, "O!iOO:attach", &PyBytes_Type, &word, &mode, &solo, &phrases))
        return NULL;
    if (mode != 0 && mode != 1) {
        PyErr_SetString(PyExc_ValueError, "mode must be 0 or 1");
        return NULL;
    }
    Py_ssize_t size = PyBytes_GET_SIZE(word), prefix = 0;
    PyObject *key = NULL, *entry_ids = NULL;
    if (solo != Py_None
        && !PyArg_ParseTuple(solo, "nO!O!:attach", &prefix, &PyTuple_Type, &key, &PyTuple_Type, &entry_ids))
        return NULL;
    if (prefix < 0 || (solo != Py_None && prefix >= size)) {
        PyErr_SetString(PyExc_ValueError, "the proclitic must be shorter than the word");
        return NULL;
    }
    if (phrases != Py_None && check_phrases(phrases) < 0)
        return NULL;
    const char *data = PyBytes_AS_STRING(word);
    Slot *slot = self->words == NULL ? NULL : word_at(self, data, 0, size, hash_bytes(data, size));
    if (slot == NULL || !(slot->kinds & (ALWAYS | FOLLOWED)))
        Py_RETURN_FALSE;
    if (slot->attachment == NULL) {
        slot->attachment = PyMem_Calloc(1, sizeof(Attachment));
        if (slot->attachment == NULL)
            return PyErr_NoMemory();
    }
    Attachment *attachment = slot->attachment;
    PyObject *name = solo == Py_None ? NULL : PyTuple_Pack(2, key, entry_ids);
    if (solo != Py_None && name == NULL)
        return NULL;
    Py_XSETREF(attachment->solo[mode], name);
    Py_XSETREF(attachment->phrases[mode], phrases == Py_None ? NULL : Py_NewRef(phrases));
    attachment->prefix[mode] = prefix;
    attachment->attached[mode] = 1;
    Py_RETURN_TRUE;
}

/* Nunation (tanween): a word that ends with it is an adjective or a noun, not a name. */
static inline int
is_tanween(Py_UCS4 c)
{
    return c >= 0x064B && c <= 0x064D;
}

/* The first of ``options`` (phrases, see attach) whose rest follows the word ending at
 * ``end``: 1 with it and the end of its last word, 0 where none does, -1 where a gap in
 * the stretch a phrase would take is not one space (a hyphen, two spaces …: Python reads
 * those word by word). ``breaks`` marks the bytes that make a gap more than one space. */
static int
phrase_at(const unsigned char *normal, const char *spaced, Py_ssize_t length, Py_ssize_t end, PyObject *options,
          const unsigned char *breaks, PyObject **chosen, Py_ssize_t *last_end)
{
    for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(options); k++) {
        PyObject *option = PyTuple_GET_ITEM(options, k);
        PyObject *rest = PyTuple_GET_ITEM(option, 0);
        Py_ssize_t size = PyBytes_GET_SIZE(rest), last = end + size;
        Py_ssize_t stop = last + 1 < length ? last + 1 : length;
        for (Py_ssize_t j = end; j < stop; j++) {
            if (breaks[normal[j]] || (normal[j] == ' ' && j + 1 < stop && normal[j + 1] == ' '))
                return -1;
        }
        if (last <= length && memcmp(normal + end, PyBytes_AS_STRING(rest), (size_t)size) == 0
            && (last == length || spaced[last] == ' ')) {
            *chosen = option;
            *last_end = last;
            return 1;
        }
    }
    return 0;
}

/* Append match_type((start, end, key, entry_ids, prefix, token_start)) to ``names``. */
static int
append_name(PyObject *names, PyTypeObject *type, Py_ssize_t start, Py_ssize_t end, PyObject *key,
            PyObject *entry_ids, Py_ssize_t prefix, Py_ssize_t token_start)
{
    PyObject *match = type->tp_alloc(type, 6);
    if (match == NULL)
        return -1;
    PyObject *items[6] = {PyLong_FromSsize_t(start), PyLong_FromSsize_t(end), Py_NewRef(key),
                          Py_NewRef(entry_ids), PyLong_FromSsize_t(prefix), PyLong_FromSsize_t(token_start)};
    int failed = 0;
    for (int k = 0; k < 6; k++) {
        failed |= items[k] == NULL;
        PyTuple_SET_ITEM(match, k, items[k]);
    }
    failed = failed || PyList_Append(names, match) < 0;
    Py_DECREF(match);
    return failed ? -1 : 0;
}

static PyObject *
WordFinder_find_names(WordFinder *self, PyObject *args)
{
    PyObject *spaced, *normal_object, *match_type, *text, *starts_object, *ends_object;
    const unsigned char *breaks;
    Py_ssize_t breaks_size;
    int mode;
    if (!PyArg_ParseTuple(args, "O!O!iO!UOOy#:find_names", &PyBytes_Type, &spaced, &PyBytes_Type, &normal_object,
                          &mode, &PyType_Type, &match_type, &text, &starts_object, &ends_object, &breaks,
                          &breaks_size))
        return NULL;
    if (self->words == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "WordFinder is not initialised");
        return NULL;
    }
    if (mode != 0 && mode != 1) {
        PyErr_SetString(PyExc_ValueError, "mode must be 0 or 1");
        return NULL;
    }
    if (breaks_size != 256) {
        PyErr_SetString(PyExc_ValueError, "the breaks table needs 256 bytes");
        return NULL;
    }
    PyTypeObject *type = (PyTypeObject *)match_type;
    if (!PyType_IsSubtype(type, &PyTuple_Type)) {
        PyErr_SetString(PyExc_TypeError, "the match type must be a tuple type");
        return NULL;
    }
    const char *data = PyBytes_AS_STRING(spaced);
    const unsigned char *normal = (const unsigned char *)PyBytes_AS_STRING(normal_object);
    Py_ssize_t length = PyBytes_GET_SIZE(spaced);
    if (PyBytes_GET_SIZE(normal_object) != length) {
        PyErr_SetString(PyExc_ValueError, "normal and spaced must be as long");
        return NULL;
    }
    int mapped = starts_object != Py_None;
    if (mapped != (ends_object != Py_None)) {
        PyErr_SetString(PyExc_TypeError, "starts and ends are both None or both buffers");
        return NULL;
    }
    Py_buffer starts = {0}, ends = {0};
    if (mapped) {
        if (PyObject_GetBuffer(starts_object, &starts, PyBUF_SIMPLE) < 0)
            return NULL;
        if (PyObject_GetBuffer(ends_object, &ends, PyBUF_SIMPLE) < 0) {
            PyBuffer_Release(&starts);
            return NULL;
        }
        if (starts.len < length * (Py_ssize_t)sizeof(int32_t)
            || ends.len < (length + 1) * (Py_ssize_t)sizeof(int32_t)) {
            PyErr_SetString(PyExc_ValueError, "the offset maps are shorter than the text");
            goto fail_buffers;
        }
    } else if (PyUnicode_GET_LENGTH(text) != length) {
        PyErr_SetString(PyExc_ValueError, "without offset maps the text must be as long as spaced");
        return NULL;
    }
    const int32_t *start_of = mapped ? (const int32_t *)starts.buf : NULL;
    const int32_t *end_of = mapped ? (const int32_t *)ends.buf : NULL;
    Py_ssize_t text_length = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *chars = PyUnicode_DATA(text);
    PyObject *names = PyList_New(0), *places = PyList_New(0);
    if (names == NULL || places == NULL)
        goto fail;
    Word word, next;
    int have = read_word(data, length, 0, &word);
    while (have) {
        Slot *slot = word_at(self, data, word.start, word.end, word.hash);
        const Attachment *attachment = slot != NULL ? slot->attachment : NULL;
        int read_next = 0, followed = 0, attached = attachment != NULL && attachment->attached[mode];
        PyObject *options = NULL; /* the phrases to try where the next word is their second */
        if (slot != NULL && (slot->kinds & FOLLOWED) && (!attached || attachment->phrases[mode] != NULL)) {
            read_next = read_word(data, length, word.end, &next);
            if (read_next) {
                Slot *follower = word_at(self, data, next.start, next.end, next.hash);
                followed = follower != NULL && (follower->kinds & FOLLOWER);
            }
            if (followed && attached) {
                PyObject *after = PyBytes_FromStringAndSize(data + next.start, next.end - next.start);
                if (after == NULL)
                    goto fail;
                options = PyDict_GetItemWithError(attachment->phrases[mode], after);
                Py_DECREF(after);
                if (options == NULL && PyErr_Occurred())
                    goto fail;
                followed = options != NULL;
            }
        }
        /* What the word reads as here: a phrase (from its first word to last_end), the
         * one-word name, nothing, or a place for Python. */
        PyObject *key = NULL, *entry_ids = NULL;
        Py_ssize_t prefix = 0, last_end = word.end;
        if (attached && options != NULL) {
            PyObject *chosen = NULL;
            int found = phrase_at(normal, data, length, word.end, options, breaks, &chosen, &last_end);
            if (found < 0) {
                if (append_place(places, word.start, slot->word, data, &next, 1) < 0)
                    goto fail;
            } else if (found > 0) {
                key = PyTuple_GET_ITEM(chosen, 2);
                entry_ids = PyTuple_GET_ITEM(chosen, 3);
                prefix = PyLong_AsSsize_t(PyTuple_GET_ITEM(chosen, 1));
                if (prefix >= word.end - word.start) {
                    PyErr_SetString(PyExc_ValueError, "a phrase's proclitic is longer than its word");
                    goto fail;
                }
            }
            if (found != 0)
                read_next = 0; /* go on after the name (or the place) */
        }
        if (attached && key == NULL && (options == NULL || read_next) && attachment->solo[mode] != NULL) {
            key = PyTuple_GET_ITEM(attachment->solo[mode], 0);
            entry_ids = PyTuple_GET_ITEM(attachment->solo[mode], 1);
            prefix = attachment->prefix[mode];
        }
        if (key != NULL) {
            Py_ssize_t span_start = word.start + prefix, span_end = last_end, token = word.start;
            if (mapped) {
                span_start = start_of[span_start];
                span_end = end_of[span_end];
                token = start_of[token];
            }
            if (span_end < 1 || span_end > text_length) {
                PyErr_SetString(PyExc_ValueError, "the offset maps point outside the text");
                goto fail;
            }
            if (!mapped || !is_tanween(PyUnicode_READ(kind, chars, span_end - 1))) {
                if (append_name(names, type, span_start, span_end, key, entry_ids, prefix, token) < 0)
                    goto fail;
            } else {
                last_end = word.end; /* no name here: the words after it are read as usual */
            }
        } else if (slot != NULL && !attached && (followed || (slot->kinds & ALWAYS))
                   && append_place(places, word.start, slot->word, data, &next, followed) < 0) {
            goto fail;
        }
        if (read_next)
            word = next;
        else
            have = read_word(data, length, last_end > word.end ? last_end : word.end, &word);
    }
    if (mapped) {
        PyBuffer_Release(&starts);
        PyBuffer_Release(&ends);
    }
    return Py_BuildValue("(NN)", names, places);
fail:
    Py_XDECREF(names);
    Py_XDECREF(places);
fail_buffers:
    if (mapped) {
        PyBuffer_Release(&starts);
        PyBuffer_Release(&ends);
    }
    return NULL;
}

static PyObject *
WordFinder_len(WordFinder *self, PyObject *Py_UNUSED(ignored))
{
    return PyLong_FromSsize_t(self->words == NULL ? 0 : PyTuple_GET_SIZE(self->words));
}

static int
WordFinder_contains(WordFinder *self, PyObject *word)
{
    if (self->words == NULL || !PyBytes_Check(word))
        return 0;
    const char *data = PyBytes_AS_STRING(word);
    Py_ssize_t size = PyBytes_GET_SIZE(word);
    Slot *slot = word_at(self, data, 0, size, hash_bytes(data, size));
    return slot != NULL && (slot->kinds & (ALWAYS | FOLLOWED)) != 0;
}

static PySequenceMethods WordFinder_as_sequence = {
    .sq_contains = (objobjproc)WordFinder_contains,
};

/* Cut a bytes object to ``size`` bytes (it is new and not shared). */
static int
cut_to(PyObject **bytes, Py_ssize_t size)
{
    return PyBytes_GET_SIZE(*bytes) == size ? 0 : _PyBytes_Resize(bytes, size);
}

/* What prepare() does with a byte of the code, packed: the normalised byte (bits 0-7), its
 * spaced byte (8-15), and whether it is deleted or a trailing mark. */
#define DELETED_BIT (1u << 16)
#define TRAILING_BIT (1u << 17)

#define MISSING_BIT (1u << 18) /* a character the code has no byte for */

/* What prepare() does with character ``c`` (see DELETED_BIT). */
static inline uint32_t
packed_of(Py_UCS4 c, const unsigned char *encoding, const uint32_t *info)
{
    unsigned char byte = encoding[c];
    return byte == 0 && c != 0 ? MISSING_BIT : info[byte];
}

/* The state of prepare() over one text. */
typedef struct {
    PyObject *starts, *ends; /* NULL until the first deleted character */
    int32_t *start_of, *end_of;
    unsigned char *normal_out, *spaced_out;
    Py_ssize_t kept;
} Prepared;

/* At the first deleted character: the offset maps, with the offsets kept so far (their own:
 * nothing was deleted before). */
static int
start_maps(Prepared *out, Py_ssize_t length)
{
    out->starts = PyBytes_FromStringAndSize(NULL, (length + 1) * (Py_ssize_t)sizeof(int32_t));
    out->ends = PyBytes_FromStringAndSize(NULL, (length + 1) * (Py_ssize_t)sizeof(int32_t));
    if (out->starts == NULL || out->ends == NULL)
        return -1;
    out->start_of = (int32_t *)PyBytes_AS_STRING(out->starts);
    out->end_of = (int32_t *)PyBytes_AS_STRING(out->ends);
    for (Py_ssize_t j = 0; j <= out->kept; j++) {
        out->start_of[j] = (int32_t)j;
        out->end_of[j] = (int32_t)j;
    }
    return 0;
}

/* The loop of prepare() for one string kind: 1 done, 0 a character has no byte, -1 error.
 * Until the first deleted character, offsets are their own and no map is written. */
#define PREPARE_LOOP(NAME, CHAR)                                                                    \
    static int NAME(const CHAR *chars, Py_ssize_t length, const unsigned char *encoding,           \
                    const uint32_t *info, Prepared *out)                                            \
    {                                                                                               \
        unsigned char *normal_out = out->normal_out, *spaced_out = out->spaced_out;                 \
        Py_ssize_t i = 0;                                                                           \
        for (; i < length; i++) {                                                                   \
            uint32_t packed = packed_of(chars[i], encoding, info);                                  \
            if (packed & (MISSING_BIT | DELETED_BIT))                                               \
                break;                                                                              \
            normal_out[i] = (unsigned char)packed;                                                  \
            spaced_out[i] = (unsigned char)(packed >> 8);                                           \
        }                                                                                           \
        Py_ssize_t kept = out->kept = i;                                                            \
        if (i == length)                                                                            \
            return 1;                                                                               \
        if (packed_of(chars[i], encoding, info) & MISSING_BIT)                                      \
            return 0;                                                                               \
        if (start_maps(out, length) < 0)                                                            \
            return -1;                                                                              \
        int32_t *start_of = out->start_of, *end_of = out->end_of;                                   \
        /* The characters since the last kept one are all trailing marks. */                       \
        int extending = kept > 0;                                                                   \
        for (; i < length; i++) {                                                                   \
            uint32_t packed = packed_of(chars[i], encoding, info);                                  \
            if (packed & MISSING_BIT)                                                               \
                return 0;                                                                           \
            if (packed & DELETED_BIT) {                                                             \
                extending = extending && (packed & TRAILING_BIT);                                   \
                if (extending)                                                                      \
                    end_of[kept] = (int32_t)(i + 1);                                                \
                continue;                                                                           \
            }                                                                                       \
            normal_out[kept] = (unsigned char)packed;                                               \
            spaced_out[kept] = (unsigned char)(packed >> 8);                                        \
            start_of[kept] = (int32_t)i;                                                            \
            end_of[kept + 1] = (int32_t)(i + 1);                                                    \
            kept++;                                                                                 \
            extending = 1;                                                                          \
        }                                                                                           \
        out->kept = kept;                                                                           \
        return 1;                                                                                   \
    }

PREPARE_LOOP(prepare_ucs1, Py_UCS1)
PREPARE_LOOP(prepare_ucs2, Py_UCS2)

static PyObject *
prepare(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *text;
    const unsigned char *encoding, *normalizing, *deleted, *spacing, *trailing;
    Py_ssize_t sizes[5];
    if (!PyArg_ParseTuple(args, "Uy#y#y#y#y#:prepare", &text, &encoding, &sizes[0], &normalizing, &sizes[1],
                          &deleted, &sizes[2], &spacing, &sizes[3], &trailing, &sizes[4]))
        return NULL;
    if (sizes[0] != 65536 || sizes[1] != 256 || sizes[2] != 256 || sizes[3] != 256 || sizes[4] != 256) {
        PyErr_SetString(PyExc_ValueError, "prepare() needs a 65536-byte code and four 256-byte tables");
        return NULL;
    }
    int kind = PyUnicode_KIND(text);
    if (kind == PyUnicode_4BYTE_KIND)
        Py_RETURN_NONE; /* a character outside the Basic Multilingual Plane */
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    if (length >= INT32_MAX) {
        PyErr_SetString(PyExc_OverflowError, "text too long for 32-bit offsets");
        return NULL;
    }
    uint32_t info[256];
    for (int byte = 0; byte < 256; byte++) {
        unsigned char normalized = normalizing[byte];
        info[byte] = normalized | ((uint32_t)spacing[normalized] << 8) | (deleted[byte] ? DELETED_BIT : 0)
                     | (trailing[byte] ? TRAILING_BIT : 0);
    }
    Prepared out = {NULL, NULL, NULL, NULL, NULL, NULL, 0};
    PyObject *normal = PyBytes_FromStringAndSize(NULL, length);
    PyObject *spaced = PyBytes_FromStringAndSize(NULL, length);
    if (normal == NULL || spaced == NULL)
        goto error;
    out.normal_out = (unsigned char *)PyBytes_AS_STRING(normal);
    out.spaced_out = (unsigned char *)PyBytes_AS_STRING(spaced);
    const void *data = PyUnicode_DATA(text);
    int done = kind == PyUnicode_1BYTE_KIND ? prepare_ucs1(data, length, encoding, info, &out)
                                            : prepare_ucs2(data, length, encoding, info, &out);
    if (done < 0)
        goto error;
    if (done == 0) {
        Py_DECREF(normal);
        Py_DECREF(spaced);
        Py_XDECREF(out.starts);
        Py_XDECREF(out.ends);
        Py_RETURN_NONE;
    }
    Py_ssize_t kept = out.kept;
    if (cut_to(&normal, kept) < 0 || cut_to(&spaced, kept) < 0)
        goto error;
    if (out.starts == NULL)
        return Py_BuildValue("(NNOO)", normal, spaced, Py_None, Py_None);
    if (cut_to(&out.starts, kept * (Py_ssize_t)sizeof(int32_t)) < 0
        || cut_to(&out.ends, (kept + 1) * (Py_ssize_t)sizeof(int32_t)) < 0)
        goto error;
    return Py_BuildValue("(NNNN)", normal, spaced, out.starts, out.ends);
error:
    Py_XDECREF(normal);
    Py_XDECREF(spaced);
    Py_XDECREF(out.starts);
    Py_XDECREF(out.ends);
    return NULL;
}

static PyObject *
encode(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *text;
    const unsigned char *table;
    Py_ssize_t table_size;
    if (!PyArg_ParseTuple(args, "Uy#:encode", &text, &table, &table_size))
        return NULL;
    if (table_size != 65536) {
        PyErr_SetString(PyExc_ValueError, "the table needs 65536 bytes");
        return NULL;
    }
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    if (kind == PyUnicode_4BYTE_KIND)
        Py_RETURN_NONE; /* a character outside the plane */
    PyObject *encoded = PyBytes_FromStringAndSize(NULL, length);
    if (encoded == NULL)
        return NULL;
    unsigned char *out = (unsigned char *)PyBytes_AS_STRING(encoded);
    const void *data = PyUnicode_DATA(text);
    /* ``missing`` collects characters without a byte: nonzero characters written as 0. */
    unsigned int missing = 0;
    if (kind == PyUnicode_1BYTE_KIND) {
        const Py_UCS1 *chars = data;
        for (Py_ssize_t i = 0; i < length; i++) {
            unsigned char byte = table[chars[i]];
            missing |= (byte == 0) & (chars[i] != 0);
            out[i] = byte;
        }
    } else {
        const Py_UCS2 *chars = data;
        for (Py_ssize_t i = 0; i < length; i++) {
            unsigned char byte = table[chars[i]];
            missing |= (byte == 0) & (chars[i] != 0);
            out[i] = byte;
        }
    }
    if (missing) {
        Py_DECREF(encoded);
        Py_RETURN_NONE;
    }
    return encoded;
}

/* The skeleton of ``stem`` through the tables (0: the byte is dropped), the stem itself when
 * every byte is dropped; ``as_tail``: the first byte goes through ``tail`` as well. */
static Py_ssize_t
skeleton_of(const unsigned char *stem, Py_ssize_t size, const unsigned char *head, const unsigned char *tail,
            int as_tail, unsigned char *out)
{
    Py_ssize_t n = 0;
    for (Py_ssize_t i = 0; i < size; i++) {
        unsigned char mapped = (i == 0 && !as_tail ? head : tail)[stem[i]];
        if (mapped)
            out[n++] = mapped;
    }
    if (n == 0) {
        memcpy(out, stem, (size_t)size);
        n = size;
    }
    return n;
}

/* The first byte skeleton_of() would write for ``stem``. */
static inline unsigned char
first_letter(const unsigned char *stem, Py_ssize_t size, const unsigned char *head, const unsigned char *tail,
             int as_tail)
{
    for (Py_ssize_t i = 0; i < size; i++) {
        unsigned char mapped = (i == 0 && !as_tail ? head : tail)[stem[i]];
        if (mapped)
            return mapped;
    }
    return stem[0];
}

#define MAX_WORD 64

static PyTypeObject WordFinderType;

static PyObject *
skeleton_words(PyObject *Py_UNUSED(module), PyObject *args)
{
    const char *text, *head, *tail, *first, *second;
    Py_ssize_t length, head_size, tail_size, first_size, second_size;
    PyObject *keys, *skip_object = Py_None;
    int optional;
    if (!PyArg_ParseTuple(args, "y#O!y#y#y#y#b|O:skeleton_words", &text, &length, &PyTuple_Type, &keys, &head,
                          &head_size, &tail, &tail_size, &first, &first_size, &second, &second_size, &optional,
                          &skip_object))
        return NULL;
    if (head_size != 256 || tail_size != 256) {
        PyErr_SetString(PyExc_ValueError, "the head and tail tables need 256 bytes each");
        return NULL;
    }
    const WordFinder *skip = NULL;
    if (skip_object != Py_None) {
        if (!PyObject_TypeCheck(skip_object, &WordFinderType) || ((WordFinder *)skip_object)->words == NULL) {
            PyErr_SetString(PyExc_TypeError, "skip must be an initialised WordFinder or None");
            return NULL;
        }
        skip = (const WordFinder *)skip_object;
    }
    /* The first skeleton letters the keys start with, read both ways: a stem's skeleton
     * that starts with none of them is none of the keys (most words stop at this test). */
    char starts_full[256] = {0}, starts_tailed[256] = {0};
    Py_ssize_t key_count = PyTuple_GET_SIZE(keys);
    for (Py_ssize_t k = 0; k < key_count; k++) {
        PyObject *key = PyTuple_GET_ITEM(keys, k);
        if (!PyBytes_Check(key)) {
            PyErr_SetString(PyExc_TypeError, "keys must be bytes");
            return NULL;
        }
        const unsigned char *key_data = (const unsigned char *)PyBytes_AS_STRING(key);
        Py_ssize_t key_size = PyBytes_GET_SIZE(key);
        if (key_size >= 1)
            starts_full[key_data[0]] = 1;
        if (key_size >= 2 && key_data[0] == (unsigned char)optional)
            starts_tailed[key_data[1]] = 1;
    }
    PyObject *found = PyList_New(0);
    if (found == NULL)
        return NULL;
    const unsigned char *bytes = (const unsigned char *)text;
    unsigned char full[MAX_WORD], tailed[MAX_WORD];
    Py_ssize_t i = 0;
    while (i < length) {
        if (bytes[i] == ' ') {
            i++;
            continue;
        }
        Py_ssize_t start = i;
        while (i < length && bytes[i] != ' ')
            i++;
        Py_ssize_t size = i - start;
        if (size > MAX_WORD)
            continue;
        const unsigned char *word = bytes + start;
        /* Readings: an optional letter of ``first``, then an optional letter of ``second``. */
        Py_ssize_t cuts[4];
        int cut_count = 0;
        cuts[cut_count++] = 0;
        if (size > 1 && memchr(second, word[0], (size_t)second_size))
            cuts[cut_count++] = 1;
        if (size > 1 && memchr(first, word[0], (size_t)first_size)) {
            cuts[cut_count++] = 1;
            if (size > 2 && memchr(second, word[1], (size_t)second_size))
                cuts[cut_count++] = 2;
        }
        int matched = 0;
        for (int c = 0; c < cut_count && !matched; c++) {
            const unsigned char *stem = word + cuts[c];
            Py_ssize_t stem_size = size - cuts[c];
            if (!starts_full[first_letter(stem, stem_size, (const unsigned char *)head, (const unsigned char *)tail, 0)]
                && !starts_tailed[first_letter(stem, stem_size, (const unsigned char *)head,
                                               (const unsigned char *)tail, 1)])
                continue;
            Py_ssize_t full_size = skeleton_of(stem, stem_size, (const unsigned char *)head,
                                               (const unsigned char *)tail, 0, full);
            Py_ssize_t tailed_size = skeleton_of(stem, stem_size, (const unsigned char *)head,
                                                 (const unsigned char *)tail, 1, tailed);
            for (Py_ssize_t k = 0; k < key_count && !matched; k++) {
                PyObject *key = PyTuple_GET_ITEM(keys, k);
                const unsigned char *key_data = (const unsigned char *)PyBytes_AS_STRING(key);
                Py_ssize_t key_size = PyBytes_GET_SIZE(key);
                matched = (key_size == full_size && memcmp(key_data, full, (size_t)full_size) == 0)
                          || (key_size == tailed_size + 1 && key_data[0] == (unsigned char)optional
                              && memcmp(key_data + 1, tailed, (size_t)tailed_size) == 0);
            }
        }
        if (!matched)
            continue;
        if (skip != NULL) {
            Slot *known = word_at(skip, text, start, start + size, hash_bytes(text + start, size));
            if (known != NULL && (known->kinds & (ALWAYS | FOLLOWED)))
                continue;
        }
        PyObject *offset = PyLong_FromSsize_t(start);
        PyObject *form = PyBytes_FromStringAndSize(text + start, size);
        int failed = offset == NULL || form == NULL || PyList_Append(found, offset) < 0
                     || PyList_Append(found, form) < 0;
        Py_XDECREF(offset);
        Py_XDECREF(form);
        if (failed) {
            Py_DECREF(found);
            return NULL;
        }
    }
    return found;
}

static PyMethodDef module_functions[] = {
    {"prepare", prepare, METH_VARARGS,
     "prepare(text: str, code: bytes, normalize: bytes, deleted: bytes, spaced: bytes,\n"
     "        trailing: bytes) -> tuple[bytes, bytes, bytes | None, bytes | None] | None\n\n"
     "A text's normal form in a one-byte code, in one pass: each character c is the byte\n"
     "``code[ord(c)]`` (65536 bytes; 0 for a character the code lacks, U+0000 aside: then the\n"
     "result is None), left out where ``deleted[byte]``, else written as ``normalize[byte]``.\n"
     "Returns (normal, spaced, starts, ends): ``spaced`` is ``normal`` through ``spaced``;\n"
     "where something was deleted, ``starts`` holds the original offset of each kept\n"
     "character and ``ends``, for each normal offset e, the original end of a span that ends\n"
     "there (after the kept character e - 1 and the run of deleted characters marked in\n"
     "``trailing`` that follows it), both native int32 arrays (read them through\n"
     "``memoryview(...).cast('i')``), else both None."},
    {"skeleton_words", skeleton_words, METH_VARARGS,
     "skeleton_words(spaced: bytes, keys: tuple[bytes, ...], head: bytes, tail: bytes, first: bytes,\n"
     "               second: bytes, optional: int, skip: WordFinder | None = None) -> list[int | bytes]\n\n"
     "offset, word (two items each, one flat list) for each word of ``spaced`` that may have one\n"
     "of the skeleton ``keys`` under a reading: an optional byte of ``first``, then an optional\n"
     "byte of ``second`` left off. A stem's skeleton maps its first byte through ``head`` and the\n"
     "others through ``tail`` (256-byte tables; 0 drops the byte), and is the stem itself when\n"
     "all are dropped. A key that starts with the byte ``optional`` also matches a stem whose\n"
     "bytes all go through ``tail`` and give the rest of the key (an elided first letter).\n"
     "Words over 64 bytes are passed over, and so are the words ``skip`` (a WordFinder, or None)\n"
     "reports: names are not variants of names."},
    {"encode", encode, METH_VARARGS,
     "encode(text: str, table: bytes) -> bytes | None\n\n"
     "``text`` with each character c written as the byte ``table[ord(c)]`` (a table of 65536\n"
     "bytes: one per character of the Basic Multilingual Plane), or None when a character has\n"
     "no byte: one outside the plane, or one other than U+0000 whose byte is 0."},
    {NULL, NULL, 0, NULL},
};

static PyMethodDef WordFinder_methods[] = {
    {"find", (PyCFunction)WordFinder_find, METH_O,
     "find(spaced: bytes) -> list[int | bytes | None]\n\n"
     "offset, word, next (three items each, one flat list) for each whole word of ``spaced`` (words are runs of non-space bytes)\n"
     "that is one of ``words``, or one of ``followed`` where the next word is one of\n"
     "``followers``, in order. ``next`` is that next word where the word is one of ``followed``\n"
     "and the next word one of ``followers``, else None."},
    {"find_names", (PyCFunction)WordFinder_find_names, METH_VARARGS,
     "find_names(spaced: bytes, normal: bytes, mode: int, match_type: type, text: str, starts, ends,\n"
     "           breaks: bytes) -> tuple[list[tuple], list[int | bytes | None]]\n\n"
     "find(), except at the words that have what to do there attached for ``mode`` (see\n"
     "attach()). There find_names() reads the name itself: a longer name where the next word\n"
     "is a second word of one and its rest follows in ``normal`` with one space per gap, else\n"
     "the one-word name, if any; the match is ``match_type((start, end, key, entry_ids, prefix,\n"
     "token_start))`` with offsets in ``text`` (through the int32 offset maps ``starts`` and\n"
     "``ends`` of qawl.gazetteers.view, or as they are when both are None), none where the\n"
     "span ends with nunation, and the words a name takes are not read again. Where a gap\n"
     "there is more than one space (``breaks`` marks the 256 bytes that make it so, and two\n"
     "spaces do), the word is a place for Python, with the next word. Returns (those matches,\n"
     "find()'s list of the other places), both in order."},
    {"attach", (PyCFunction)WordFinder_attach, METH_VARARGS,
     "attach(word: bytes, mode: int, solo: tuple[int, tuple, tuple] | None,\n"
     "       phrases: dict[bytes, tuple[tuple[bytes, int, tuple, tuple], ...]] | None) -> bool\n\n"
     "What find_names() in ``mode`` does with ``word`` from now on: ``solo`` is (prefix, key,\n"
     "entry_ids), the one-word name it reads as (its span leaving out ``prefix`` letters of\n"
     "proclitic), or None; ``phrases`` the longer names it may start by second word, each\n"
     "(the rest of the name after the word, one space per gap; prefix; key; entry_ids), in the\n"
     "order they are tried, or None. False where the finder does not report ``word``."},
    {"size", (PyCFunction)WordFinder_len, METH_NOARGS, "How many distinct words the finder holds."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject WordFinderType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "qawl.gazetteers._wordscan.WordFinder",
    .tp_doc = "WordFinder(words, followed=(), followers=())\n\n"
              "Finds whole words (bytes) in a document's spaced bytes; see find(). ``word in finder``\n"
              "tells whether it reports ``word`` anywhere (one of ``words`` or ``followed``).",
    .tp_basicsize = sizeof(WordFinder),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)WordFinder_init,
    .tp_dealloc = (destructor)WordFinder_dealloc,
    .tp_methods = WordFinder_methods,
    .tp_as_sequence = &WordFinder_as_sequence,
};

static struct PyModuleDef wordscan_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "qawl.gazetteers._wordscan",
    .m_doc = "Compiled word finder for the gazetteer scan (optional; see qawl/gazetteers/index.py).",
    .m_size = -1,
    .m_methods = module_functions,
};

PyMODINIT_FUNC
PyInit__wordscan(void)
{
    if (PyType_Ready(&WordFinderType) < 0)
        return NULL;
    PyObject *module = PyModule_Create(&wordscan_module);
    if (module == NULL)
        return NULL;
    Py_INCREF(&WordFinderType);
    if (PyModule_AddObject(module, "WordFinder", (PyObject *)&WordFinderType) < 0) {
        Py_DECREF(&WordFinderType);
        Py_DECREF(module);
        return NULL;
    }
    return module;
}
