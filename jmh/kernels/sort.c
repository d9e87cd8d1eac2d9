/*
 * Sorting u64s: an in-place quicksort (median-of-three pivot, insertion sort below 16 elements) over 16384
 * pseudo-random values, i.e. 64-bit compares, unpredictable branches and memory swaps, as when an actor sorts
 * sector numbers or deal IDs. run(n) fills and sorts the array n times, each time from a different seed, checks
 * the order and returns a checksum of the sorted values (or -1 when the order is wrong).
 */
#include <stdint.h>

#define COUNT 16384
#define INSERTION_THRESHOLD 16

static uint64_t values[COUNT];

static void fill(uint64_t seed) {
    uint64_t x = seed * 0x9e3779b97f4a7c15ULL + 1;
    for (uint32_t i = 0; i < COUNT; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        values[i] = x;
    }
}

static void swap(uint64_t *a, uint64_t *b) {
    uint64_t t = *a;
    *a = *b;
    *b = t;
}

static void insertion_sort(uint64_t *a, int32_t n) {
    for (int32_t i = 1; i < n; i++) {
        uint64_t v = a[i];
        int32_t j = i - 1;
        while (j >= 0 && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}

/* Sorts a[0..n); recurses into the smaller part and loops on the larger, so the depth stays logarithmic. */
static void quicksort(uint64_t *a, int32_t n) {
    while (n > INSERTION_THRESHOLD) {
        int32_t mid = n / 2;
        if (a[mid] < a[0]) swap(&a[mid], &a[0]);
        if (a[n - 1] < a[0]) swap(&a[n - 1], &a[0]);
        if (a[n - 1] < a[mid]) swap(&a[n - 1], &a[mid]);
        uint64_t pivot = a[mid];
        int32_t i = 0, j = n - 1;
        for (;;) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i >= j) break;
            swap(&a[i], &a[j]);
            i++;
            j--;
        }
        /* a[0..j] <= pivot <= a[j+1..n) */
        int32_t left = j + 1;
        if (left < n - left) {
            quicksort(a, left);
            a += left;
            n -= left;
        } else {
            quicksort(a + left, n - left);
            n = left;
        }
    }
    insertion_sort(a, n);
}

__attribute__((export_name("run"))) int64_t run(int32_t iterations) {
    uint64_t checksum = 0;
    for (int32_t n = 0; n < iterations; n++) {
        fill((uint64_t)n + 1);
        quicksort(values, COUNT);
        uint64_t sum = 0;
        for (uint32_t i = 0; i < COUNT; i++) {
            if (i > 0 && values[i - 1] > values[i]) {
                return -1;
            }
            sum = sum * 3 + (values[i] >> 32);
        }
        checksum = checksum * 31 + sum;
    }
    return (int64_t)checksum;
}
