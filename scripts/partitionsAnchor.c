/*
 * The C anchor for p(n) in `npm run bench`: FLINT/Arb's partitions_fmpz_ui (Debian's libflint-arb-dev),
 * timed on this machine. For each n on the command line it prints one line:
 *   n first_call_ms median_of_next_5_ms
 * The bench runs it once per n: the first call in a process is what a job's fresh worker compares
 * with (constants such as pi not yet cached); the later ones are warm.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "partitions.h"

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int by_value(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

int main(int argc, char **argv) {
  fmpz_t p;
  fmpz_init(p);
  for (int i = 1; i < argc; i++) {
    ulong n = strtoul(argv[i], NULL, 10);
    double times[6];
    for (int r = 0; r < 6; r++) {
      double start = now_ms();
      partitions_fmpz_ui(p, n);
      times[r] = now_ms() - start;
    }
    qsort(times + 1, 5, sizeof(double), by_value);
    printf("%lu %.3f %.3f\n", n, times[0], times[3]);
  }
  fmpz_clear(p);
  return 0;
}
