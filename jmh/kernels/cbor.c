/*
 * A DAG-CBOR decoding loop: byte-at-a-time parsing with data-dependent branches and recursion, what an actor
 * spends much of its time on when it reads its state and parameters. The input, built once per instance, is
 * an array of records such as {"id": uint, "to": bytes, "vals": [uint...], "meta": {"n": nint, "k": uint}}
 * with arguments of every width (immediate, 1, 2, 4 and 8 bytes). run(n) decodes it n times and returns a
 * checksum of everything decoded.
 */
#include <stdint.h>

#define INPUT_CAPACITY 262144
#define RECORDS 2000

enum { UINT = 0, NINT = 1, BYTES = 2, TEXT = 3, ARRAY = 4, MAP = 5 };

static uint8_t input[INPUT_CAPACITY];
static uint32_t input_length;
static uint32_t rng_state = 0x9e3779b9;

static uint32_t next_random(void) {
    uint32_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return rng_state = x;
}

/* Appends a major type and its argument in the shortest form, as DAG-CBOR requires. */
static void put_head(uint32_t major, uint64_t arg) {
    uint8_t *p = input + input_length;
    uint32_t width;
    if (arg < 24) {
        p[0] = (uint8_t)(major << 5 | arg);
        input_length += 1;
        return;
    } else if (arg <= 0xff) {
        p[0] = (uint8_t)(major << 5 | 24);
        width = 1;
    } else if (arg <= 0xffff) {
        p[0] = (uint8_t)(major << 5 | 25);
        width = 2;
    } else if (arg <= 0xffffffffULL) {
        p[0] = (uint8_t)(major << 5 | 26);
        width = 4;
    } else {
        p[0] = (uint8_t)(major << 5 | 27);
        width = 8;
    }
    for (uint32_t i = 0; i < width; i++) {
        p[1 + i] = (uint8_t)(arg >> (8 * (width - 1 - i)));
    }
    input_length += 1 + width;
}

static void put_text(const char *s, uint32_t len) {
    put_head(TEXT, len);
    for (uint32_t i = 0; i < len; i++) {
        input[input_length++] = (uint8_t)s[i];
    }
}

/* A value whose encoded width varies from record to record. */
static uint64_t random_uint(void) {
    uint32_t r = next_random();
    switch (r & 3) {
    case 0: return r >> 27;
    case 1: return r >> 20;
    case 2: return r >> 8;
    default: return ((uint64_t)next_random() << 32) | next_random();
    }
}

static void build_input(void) {
    put_head(ARRAY, RECORDS);
    for (uint32_t r = 0; r < RECORDS; r++) {
        put_head(MAP, 4);
        put_text("id", 2);
        put_head(UINT, random_uint());
        put_text("to", 2);
        uint32_t n = next_random() % 40;
        put_head(BYTES, n);
        for (uint32_t i = 0; i < n; i++) {
            input[input_length++] = (uint8_t)next_random();
        }
        put_text("vals", 4);
        uint32_t count = next_random() % 9;
        put_head(ARRAY, count);
        for (uint32_t i = 0; i < count; i++) {
            put_head(UINT, random_uint());
        }
        put_text("meta", 4);
        put_head(MAP, 2);
        put_text("n", 1);
        put_head(NINT, random_uint() >> 1);
        put_text("k", 1);
        put_head(UINT, next_random() & 0xffff);
    }
}

typedef struct {
    const uint8_t *p;
    const uint8_t *end;
    uint64_t sum;
} Decoder;

/* Reads a head; returns the major type and stores the argument. A malformed head ends decoding. */
static int read_head(Decoder *d, uint64_t *arg) {
    uint8_t first = *d->p++;
    uint32_t info = first & 31;
    uint64_t v;
    if (info < 24) {
        v = info;
    } else {
        uint32_t width = 1u << (info - 24);
        v = 0;
        for (uint32_t i = 0; i < width; i++) {
            v = (v << 8) | *d->p++;
        }
    }
    *arg = v;
    return first >> 5;
}

/* Decodes one item and everything nested in it, adding what it sees to the decoder's sum. */
static void decode_item(Decoder *d) {
    uint64_t arg;
    switch (read_head(d, &arg)) {
    case UINT:
        d->sum += arg;
        break;
    case NINT:
        d->sum -= arg + 1;
        break;
    case BYTES:
    case TEXT:
        /* Strings count by length and by their first and last byte, as a key comparison would touch them. */
        d->sum += arg;
        if (arg > 0) {
            d->sum += (uint64_t)d->p[0] * 7 + d->p[arg - 1];
        }
        d->p += arg;
        break;
    case ARRAY:
        for (uint64_t i = 0; i < arg; i++) {
            decode_item(d);
        }
        break;
    case MAP:
        for (uint64_t i = 0; i < arg; i++) {
            decode_item(d);
            decode_item(d);
        }
        break;
    default:
        d->p = d->end;
        break;
    }
}

__attribute__((export_name("run"))) int64_t run(int32_t iterations) {
    if (input_length == 0) {
        build_input();
    }
    uint64_t checksum = 0;
    for (int32_t n = 0; n < iterations; n++) {
        Decoder d = {input, input + input_length, (uint64_t)n};
        decode_item(&d);
        checksum = checksum * 31 + d.sum + (uint64_t)(d.p - input);
    }
    return (int64_t)checksum;
}
