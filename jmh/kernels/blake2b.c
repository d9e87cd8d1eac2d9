/*
 * BLAKE2b-256 (RFC 7693, no key) over a 64 KiB buffer: 64-bit adds, xors and rotates, the hash Filecoin uses
 * for addresses and CIDs. run(n) hashes the buffer n times, feeding each digest into the first bytes of the
 * buffer so no iteration repeats the previous one's work, and returns a checksum of the digests. abc()
 * hashes "abc" for the known-answer test.
 */
#include <stdint.h>

#define BUFFER_SIZE 65536
#define DIGEST_SIZE 32

static uint8_t buffer[BUFFER_SIZE];
static uint8_t digest[DIGEST_SIZE];

static const uint64_t IV[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
    0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};

static const uint8_t SIGMA[12][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
    {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
    {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
    {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
    {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
};

static uint64_t rotr64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

static uint64_t load_le64(const uint8_t *p) {
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--) {
        v = (v << 8) | p[i];
    }
    return v;
}

#define G(a, b, c, d, x, y)          \
    do {                             \
        v[a] = v[a] + v[b] + (x);    \
        v[d] = rotr64(v[d] ^ v[a], 32); \
        v[c] = v[c] + v[d];          \
        v[b] = rotr64(v[b] ^ v[c], 24); \
        v[a] = v[a] + v[b] + (y);    \
        v[d] = rotr64(v[d] ^ v[a], 16); \
        v[c] = v[c] + v[d];          \
        v[b] = rotr64(v[b] ^ v[c], 63); \
    } while (0)

/* Compresses one 128-byte block; bytes is the message length so far including this block. */
static void compress(uint64_t h[8], const uint8_t block[128], uint64_t bytes, int last) {
    uint64_t m[16], v[16];
    for (int i = 0; i < 16; i++) {
        m[i] = load_le64(block + 8 * i);
    }
    for (int i = 0; i < 8; i++) {
        v[i] = h[i];
        v[i + 8] = IV[i];
    }
    v[12] ^= bytes;
    if (last) {
        v[14] = ~v[14];
    }
    for (int r = 0; r < 12; r++) {
        const uint8_t *s = SIGMA[r];
        G(0, 4, 8, 12, m[s[0]], m[s[1]]);
        G(1, 5, 9, 13, m[s[2]], m[s[3]]);
        G(2, 6, 10, 14, m[s[4]], m[s[5]]);
        G(3, 7, 11, 15, m[s[6]], m[s[7]]);
        G(0, 5, 10, 15, m[s[8]], m[s[9]]);
        G(1, 6, 11, 12, m[s[10]], m[s[11]]);
        G(2, 7, 8, 13, m[s[12]], m[s[13]]);
        G(3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for (int i = 0; i < 8; i++) {
        h[i] ^= v[i] ^ v[i + 8];
    }
}

/* The BLAKE2b-256 digest of data[0..len) into out[0..32). */
static void blake2b256(const uint8_t *data, uint32_t len, uint8_t out[DIGEST_SIZE]) {
    uint64_t h[8];
    for (int i = 0; i < 8; i++) {
        h[i] = IV[i];
    }
    h[0] ^= 0x01010000ULL ^ DIGEST_SIZE; /* parameter block: fanout 1, depth 1, no key */
    uint32_t off = 0;
    /* Every block but the last is compressed as it comes; the last one, possibly partial, is flagged. */
    while (len - off > 128) {
        compress(h, data + off, (uint64_t)off + 128, 0);
        off += 128;
    }
    uint8_t last[128];
    uint32_t rest = len - off;
    for (uint32_t i = 0; i < 128; i++) {
        last[i] = i < rest ? data[off + i] : 0;
    }
    compress(h, last, len, 1);
    for (int i = 0; i < DIGEST_SIZE; i++) {
        out[i] = (uint8_t)(h[i / 8] >> (8 * (i % 8)));
    }
}

/* BLAKE2b-256("abc") into a static buffer; returns its address. */
__attribute__((export_name("abc"))) uint8_t *abc(void) {
    static const uint8_t message[3] = {'a', 'b', 'c'};
    blake2b256(message, 3, digest);
    return digest;
}

__attribute__((export_name("run"))) int64_t run(int32_t iterations) {
    for (uint32_t i = 0; i < BUFFER_SIZE; i++) {
        buffer[i] = (uint8_t)(i * 131 + (i >> 8));
    }
    uint64_t checksum = 0;
    for (int32_t n = 0; n < iterations; n++) {
        blake2b256(buffer, BUFFER_SIZE, digest);
        for (int i = 0; i < DIGEST_SIZE; i++) {
            buffer[i] = digest[i];
        }
        checksum = checksum * 31 + load_le64(digest);
    }
    return (int64_t)checksum;
}
