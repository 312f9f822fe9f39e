/*
 * The C anchor for the sums of primes in `npm run bench`: Lucy_Hedgehog's recursion, plain, as posted
 * for Project Euler problem 10 and as retold in notebooks/primes.md, computing what the notebook's
 * kernels compute, π(x) and the sum of the primes ≤ x, exactly (64-bit counts, 128-bit sums). Small
 * values v ≤ √x and large values ⌊x/i⌋ (i ≤ √x) in two arrays, every prime p ≤ √x applied to every
 * v ≥ p²: about x^{3/4}/ln x updates. Built with gcc -O2 by the bench. For each x on the command
 * line it prints one line:
 *   x pi sum milliseconds
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

typedef unsigned __int128 u128;

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static void print_u128(u128 v) {
  char digits[48];
  int i = 47;
  digits[i] = '\0';
  do {
    digits[--i] = (char)('0' + (int)(v % 10));
    v /= 10;
  } while (v);
  fputs(digits + i, stdout);
}

static uint64_t isqrt(uint64_t x) {
  uint64_t r = (uint64_t)sqrt((double)x);
  while (r * r > x) r--;
  while ((r + 1) * (r + 1) <= x) r++;
  return r;
}

int main(int argc, char **argv) {
  for (int a = 1; a < argc; a++) {
    uint64_t x = strtoull(argv[a], NULL, 10);
    double t0 = now_ms();
    uint64_t r = isqrt(x);
    uint64_t *small_count = malloc(sizeof(uint64_t) * (r + 2)), *large_count = malloc(sizeof(uint64_t) * (r + 2));
    u128 *small_sum = malloc(sizeof(u128) * (r + 2)), *large_sum = malloc(sizeof(u128) * (r + 2));
    for (uint64_t v = 1; v <= r; v++) {
      small_count[v] = v - 1;
      small_sum[v] = (u128)v * (v + 1) / 2 - 1;
    }
    for (uint64_t i = 1; i <= r; i++) {
      uint64_t v = x / i;
      large_count[i] = v - 1;
      large_sum[i] = (u128)v * (v + 1) / 2 - 1;
    }
    for (uint64_t p = 2; p <= r; p++) {
      if (small_count[p] == small_count[p - 1]) continue; /* p was crossed out: not prime */
      uint64_t c0 = small_count[p - 1], p2 = p * p;
      u128 s0 = small_sum[p - 1];
      uint64_t imax = x / p2 < r ? x / p2 : r;
      for (uint64_t i = 1; i <= imax; i++) {
        uint64_t d = i * p, c;
        u128 s;
        if (d <= r) {
          c = large_count[d];
          s = large_sum[d];
        } else {
          uint64_t w = x / d;
          c = small_count[w];
          s = small_sum[w];
        }
        large_count[i] -= c - c0;
        large_sum[i] -= (u128)p * (s - s0);
      }
      for (uint64_t v = r; v >= p2; v--) {
        uint64_t w = v / p;
        small_count[v] -= small_count[w] - c0;
        small_sum[v] -= (u128)p * (small_sum[w] - s0);
      }
    }
    double ms = now_ms() - t0;
    printf("%llu %llu ", (unsigned long long)x, (unsigned long long)(x >= 1 && r >= 1 ? large_count[1] : 0));
    print_u128(x >= 1 && r >= 1 ? large_sum[1] : 0);
    printf(" %.3f\n", ms);
    free(small_count);
    free(large_count);
    free(small_sum);
    free(large_sum);
  }
  return 0;
}
