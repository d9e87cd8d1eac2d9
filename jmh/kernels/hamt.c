/*
 * HAMT lookups in the style of Filecoin's state tree: each node holds a 32-bit bitfield and a packed array of
 * entries, and a lookup consumes the key's hash five bits per level, indexing the packed array with the
 * popcount of the bitfield below the slot. This measures popcount, shifts and dependent loads. The tree of
 * 32768 keys is built once per instance; run(n) performs n rounds of 32768 lookups, half of them for present
 * keys and half for random (nearly always absent) ones, and returns a checksum of the values found.
 */
#include <stdint.h>

#define KEYS 32768
#define LOOKUPS_PER_ROUND 16384
#define BITS_PER_LEVEL 5
#define ARENA_WORDS (KEYS * 4)

/*
 * A node is [bitfield, entry...]; an entry is two words: a leaf is (key, value) with the key's low bit set,
 * a child is (node offset << 1, 0). Keys are stored as 2k+1 so they can never look like a child.
 */
static uint32_t arena[ARENA_WORDS];
static uint32_t arena_used;
static uint32_t keys[KEYS];
static uint32_t scratch[KEYS];
static uint32_t root;

/* A bijection on 32 bits (murmur3's finaliser), so distinct keys never collide on the full hash. */
static uint32_t hash(uint32_t x) {
    x ^= x >> 16;
    x *= 0x85ebca6b;
    x ^= x >> 13;
    x *= 0xc2b2ae35;
    x ^= x >> 16;
    return x;
}

static uint32_t slot(uint32_t key, uint32_t depth) {
    return (hash(key) >> (depth * BITS_PER_LEVEL)) & 31;
}

static uint32_t value_of(uint32_t key) { return key * 2654435761u; }

/* Builds the node for keys[lo..hi), which share their first depth slots; returns its arena offset. */
static uint32_t build(uint32_t lo, uint32_t hi, uint32_t depth) {
    uint32_t start[33];
    for (uint32_t s = 0; s < 33; s++) {
        start[s] = 0;
    }
    for (uint32_t i = lo; i < hi; i++) {
        start[slot(keys[i], depth) + 1]++;
    }
    for (uint32_t s = 0; s < 32; s++) {
        start[s + 1] += start[s];
    }
    /* A counting sort of the range by this level's slot, so each child's keys are contiguous. */
    uint32_t fill[32];
    for (uint32_t s = 0; s < 32; s++) {
        fill[s] = start[s];
    }
    for (uint32_t i = lo; i < hi; i++) {
        scratch[lo + fill[slot(keys[i], depth)]++] = keys[i];
    }
    for (uint32_t i = lo; i < hi; i++) {
        keys[i] = scratch[i];
    }
    uint32_t node = arena_used;
    uint32_t bitfield = 0;
    uint32_t entries = 0;
    for (uint32_t s = 0; s < 32; s++) {
        if (start[s + 1] > start[s]) {
            bitfield |= 1u << s;
            entries++;
        }
    }
    arena[node] = bitfield;
    arena_used += 1 + 2 * entries;
    uint32_t e = node + 1;
    for (uint32_t s = 0; s < 32; s++) {
        uint32_t a = lo + start[s], b = lo + start[s + 1];
        if (b - a == 1) {
            arena[e] = keys[a];
            arena[e + 1] = value_of(keys[a]);
        } else if (b - a > 1) {
            arena[e] = build(a, b, depth + 1) << 1;
            arena[e + 1] = 0;
        } else {
            continue;
        }
        e += 2;
    }
    return node;
}

static uint32_t popcount(uint32_t x) { return (uint32_t)__builtin_popcount(x); }

/* Finds key; returns 1 and stores its value when present. */
static int lookup(uint32_t key, uint32_t *value) {
    uint32_t h = hash(key);
    uint32_t node = root;
    for (;;) {
        uint32_t bit = 1u << (h & 31);
        uint32_t bitfield = arena[node];
        if ((bitfield & bit) == 0) {
            return 0;
        }
        uint32_t e = node + 1 + 2 * popcount(bitfield & (bit - 1));
        uint32_t word = arena[e];
        if (word & 1) {
            if (word != key) {
                return 0;
            }
            *value = arena[e + 1];
            return 1;
        }
        node = word >> 1;
        h >>= BITS_PER_LEVEL;
    }
}

static void build_tree(void) {
    for (uint32_t i = 0; i < KEYS; i++) {
        keys[i] = 2 * (i * 7919u) + 1;
    }
    arena_used = 0;
    root = build(0, KEYS, 0);
}

__attribute__((export_name("run"))) int64_t run(int32_t iterations) {
    if (arena_used == 0) {
        build_tree();
    }
    uint64_t checksum = 0;
    for (int32_t n = 0; n < iterations; n++) {
        uint32_t found = 0;
        uint64_t sum = 0;
        for (uint32_t i = 0; i < LOOKUPS_PER_ROUND; i++) {
            /* Odd candidates below 2 * 7919 * KEYS; one in 7919 is a key, so most probes walk to a miss. */
            uint32_t candidate = hash(i + (uint32_t)n * LOOKUPS_PER_ROUND) % (2u * 7919u * KEYS) | 1;
            uint32_t value;
            if (lookup(candidate, &value)) {
                found++;
                sum += value;
            }
            if (lookup(2 * (((i * 40503u) % KEYS) * 7919u) + 1, &value)) {
                found++;
                sum += value;
            }
        }
        checksum = checksum * 31 + sum + found;
    }
    return (int64_t)checksum;
}
