// A token bucket per key (client IP): `rate` tokens a second, up to `burst`. take() says whether
// a request may pass and, if not, how many seconds until it may.
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly rate: number,
    private readonly burst: number = Math.max(1, rate * 2),
    private readonly now: () => number = () => performance.now() / 1000,
  ) {}

  take(key: string): { ok: true } | { ok: false; retryAfter: number } {
    const t = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.burst, at: t };
    b.tokens = Math.min(this.burst, b.tokens + (t - b.at) * this.rate);
    b.at = t;
    if (this.buckets.size > 10_000) this.sweep(t);
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfter: Math.ceil((1 - b.tokens) / this.rate) };
  }

  /** forget the buckets that have refilled: they are the same as new ones */
  private sweep(t: number): void {
    for (const [k, b] of this.buckets) if (b.tokens + (t - b.at) * this.rate >= this.burst) this.buckets.delete(k);
  }
}
