/*
 * SHA-256 (FIPS 180-4) over a 64 KiB buffer: 32-bit rotates, adds and message-schedule loads, the shape of
 * the hashing an actor does before a syscall is worth it. run(n) hashes the buffer n times, feeding each
 * digest into the first bytes of the buffer so no iteration repeats the previous one's work, and returns a
 * checksum of the digests. abc() hashes "abc" for the known-answer test.
 */
#include <stdint.h>

#define BUFFER_SIZE 65536

static uint8_t buffer[BUFFER_SIZE];
static uint8_t digest[32];

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static uint32_t rotr(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

static uint32_t load_be32(const uint8_t *p) {
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}

static void store_be32(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)(v >> 24);
    p[1] = (uint8_t)(v >> 16);
    p[2] = (uint8_t)(v >> 8);
    p[3] = (uint8_t)v;
}

static void compress(uint32_t state[8], const uint8_t block[64]) {
    uint32_t w[64];
    for (int i = 0; i < 16; i++) {
        w[i] = load_be32(block + 4 * i);
    }
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
    uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
    for (int i = 0; i < 64; i++) {
        uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
        uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
    state[5] += f;
    state[6] += g;
    state[7] += h;
}

/* The SHA-256 digest of data[0..len) into out[0..32). */
static void sha256(const uint8_t *data, uint32_t len, uint8_t out[32]) {
    uint32_t state[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                         0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    uint32_t full = len & ~63u;
    for (uint32_t off = 0; off < full; off += 64) {
        compress(state, data + off);
    }
    /* The tail, the 0x80 marker and the bit length, in one or two final blocks. */
    uint8_t last[128];
    uint32_t rest = len - full;
    for (uint32_t i = 0; i < 128; i++) {
        last[i] = i < rest ? data[full + i] : 0;
    }
    last[rest] = 0x80;
    uint32_t tail = rest < 56 ? 64 : 128;
    uint64_t bits = (uint64_t)len * 8;
    for (int i = 0; i < 8; i++) {
        last[tail - 1 - i] = (uint8_t)(bits >> (8 * i));
    }
    compress(state, last);
    if (tail == 128) {
        compress(state, last + 64);
    }
    for (int i = 0; i < 8; i++) {
        store_be32(out + 4 * i, state[i]);
    }
}

/* SHA-256("abc") into a static buffer; returns its address. */
__attribute__((export_name("abc"))) uint8_t *abc(void) {
    static const uint8_t message[3] = {'a', 'b', 'c'};
    sha256(message, 3, digest);
    return digest;
}

__attribute__((export_name("run"))) int64_t run(int32_t iterations) {
    for (uint32_t i = 0; i < BUFFER_SIZE; i++) {
        buffer[i] = (uint8_t)(i * 131 + (i >> 8));
    }
    uint64_t checksum = 0;
    for (int32_t n = 0; n < iterations; n++) {
        sha256(buffer, BUFFER_SIZE, digest);
        for (int i = 0; i < 32; i++) {
            buffer[i] = digest[i];
        }
        uint64_t head = 0;
        for (int i = 0; i < 8; i++) {
            head = (head << 8) | digest[i];
        }
        checksum = checksum * 31 + head;
    }
    return (int64_t)checksum;
}
