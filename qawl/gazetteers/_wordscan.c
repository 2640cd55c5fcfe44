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
 * name). What to do at each place stays in Python.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define ALWAYS 1   /* report wherever the word occurs */
#define FOLLOWED 2 /* report where the next word is a follower */
#define FOLLOWER 4 /* a word that may follow a FOLLOWED word */

typedef struct {
    const char *data; /* NULL: empty slot; else the bytes of ``word`` */
    Py_ssize_t size;
    uint64_t hash;
    PyObject *word; /* borrowed: the finder's ``words`` tuple keeps it */
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
        slots[i] = (Slot){data, size, hash, word, (int)PyLong_AsLong(kinds)};
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
        if (slot != NULL && (followed || (slot->kinds & ALWAYS))) {
            /* Three items per place in one flat list: ints and bytes are not tracked by the
             * cyclic garbage collector, where a tuple per place would be. */
            PyObject *offset = PyLong_FromSsize_t(word.start);
            PyObject *after = followed ? PyBytes_FromStringAndSize(text + next.start, next.end - next.start)
                                       : Py_NewRef(Py_None);
            int failed = offset == NULL || after == NULL || PyList_Append(found, offset) < 0
                         || PyList_Append(found, slot->word) < 0 || PyList_Append(found, after) < 0;
            Py_XDECREF(offset);
            Py_XDECREF(after);
            if (failed) {
                Py_DECREF(found);
                return NULL;
            }
        }
        if (read_next)
            word = next;
        else
            have = read_word(text, length, word.end, &word);
    }
    return found;
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
    const void *data = PyUnicode_DATA(text);
    PyObject *normal = PyBytes_FromStringAndSize(NULL, length);
    PyObject *spaced = PyBytes_FromStringAndSize(NULL, length);
    PyObject *starts = NULL, *ends = NULL;
    if (normal == NULL || spaced == NULL)
        goto error;
    unsigned char *normal_out = (unsigned char *)PyBytes_AS_STRING(normal);
    unsigned char *spaced_out = (unsigned char *)PyBytes_AS_STRING(spaced);
    int32_t *start_of = NULL, *end_of = NULL; /* made at the first deleted character */
    Py_ssize_t kept = 0;
    unsigned int missing = 0;
    int extending = 0; /* the characters since the last kept one are all trailing marks */
    for (Py_ssize_t i = 0; i < length; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        unsigned char byte = encoding[c];
        missing |= (byte == 0) & (c != 0);
        if (deleted[byte]) {
            if (start_of == NULL) {
                starts = PyBytes_FromStringAndSize(NULL, (length + 1) * (Py_ssize_t)sizeof(int32_t));
                ends = PyBytes_FromStringAndSize(NULL, (length + 1) * (Py_ssize_t)sizeof(int32_t));
                if (starts == NULL || ends == NULL)
                    goto error;
                start_of = (int32_t *)PyBytes_AS_STRING(starts);
                end_of = (int32_t *)PyBytes_AS_STRING(ends);
                /* Nothing was deleted before: offsets so far are their own. */
                for (Py_ssize_t j = 0; j <= kept; j++) {
                    start_of[j] = (int32_t)j;
                    end_of[j] = (int32_t)j;
                }
            }
            extending = extending && trailing[byte];
            if (extending)
                end_of[kept] = (int32_t)(i + 1);
            continue;
        }
        unsigned char normalized = normalizing[byte];
        normal_out[kept] = normalized;
        spaced_out[kept] = spacing[normalized];
        if (start_of != NULL) {
            start_of[kept] = (int32_t)i;
            end_of[kept + 1] = (int32_t)(i + 1);
        }
        kept++;
        extending = 1;
    }
    if (missing) {
        Py_DECREF(normal);
        Py_DECREF(spaced);
        Py_XDECREF(starts);
        Py_XDECREF(ends);
        Py_RETURN_NONE;
    }
    if (cut_to(&normal, kept) < 0 || cut_to(&spaced, kept) < 0)
        goto error;
    if (starts == NULL)
        return Py_BuildValue("(NNOO)", normal, spaced, Py_None, Py_None);
    if (cut_to(&starts, kept * (Py_ssize_t)sizeof(int32_t)) < 0
        || cut_to(&ends, (kept + 1) * (Py_ssize_t)sizeof(int32_t)) < 0)
        goto error;
    return Py_BuildValue("(NNNN)", normal, spaced, starts, ends);
error:
    Py_XDECREF(normal);
    Py_XDECREF(spaced);
    Py_XDECREF(starts);
    Py_XDECREF(ends);
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

#define MAX_WORD 64

static PyObject *
skeleton_words(PyObject *Py_UNUSED(module), PyObject *args)
{
    const char *text, *head, *tail, *first, *second;
    Py_ssize_t length, head_size, tail_size, first_size, second_size;
    PyObject *keys;
    int optional;
    if (!PyArg_ParseTuple(args, "y#O!y#y#y#y#b:skeleton_words", &text, &length, &PyTuple_Type, &keys, &head,
                          &head_size, &tail, &tail_size, &first, &first_size, &second, &second_size, &optional))
        return NULL;
    if (head_size != 256 || tail_size != 256) {
        PyErr_SetString(PyExc_ValueError, "the head and tail tables need 256 bytes each");
        return NULL;
    }
    Py_ssize_t key_count = PyTuple_GET_SIZE(keys);
    for (Py_ssize_t k = 0; k < key_count; k++) {
        if (!PyBytes_Check(PyTuple_GET_ITEM(keys, k))) {
            PyErr_SetString(PyExc_TypeError, "keys must be bytes");
            return NULL;
        }
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
     "               second: bytes, optional: int) -> list[int | bytes]\n\n"
     "offset, word (two items each, one flat list) for each word of ``spaced`` that may have one\n"
     "of the skeleton ``keys`` under a reading: an optional byte of ``first``, then an optional\n"
     "byte of ``second`` left off. A stem's skeleton maps its first byte through ``head`` and the\n"
     "others through ``tail`` (256-byte tables; 0 drops the byte), and is the stem itself when\n"
     "all are dropped. A key that starts with the byte ``optional`` also matches a stem whose\n"
     "bytes all go through ``tail`` and give the rest of the key (an elided first letter).\n"
     "Words over 64 bytes are passed over."},
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
