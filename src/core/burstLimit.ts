/**
 * How long to hold a write so that at most `burst` happen in any `windowMs`: a discrete change (a typed
 * number, a picked option) lands at once, so a reload or a copied address right after it keeps it,
 * while a slider drag settles to a few writes a second (browsers throttle a page that rewrites its
 * address hundreds of times in a few seconds, and each write costs the drag a little).
 */
export class BurstLimit {
  private readonly times: number[] = [];

  constructor(
    private readonly burst: number,
    private readonly windowMs: number,
  ) {}

  /** Milliseconds to wait, from `now`, before the next write may happen (0: write now). */
  delay(now: number): number {
    while (this.times.length > 0 && now - this.times[0] >= this.windowMs) this.times.shift();
    return this.times.length < this.burst ? 0 : this.times[0] + this.windowMs - now;
  }

  /** Records a write made at `now`. */
  record(now: number): void {
    this.times.push(now);
  }
}
