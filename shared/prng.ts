// The demo data must be the same on every machine and every run (tests compare exact totals, and a
// reseeded database must look like the last one), so nothing here may touch Math.random.

export type Random = {
  /** uniform in [0, 1) */
  next(): number;
  /** integer in [min, max] */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  shuffle<T>(items: readonly T[]): T[];
};

/** mulberry32: 32 bits of state, good enough spread for demo data, trivially reproducible. */
export function prng(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[int(0, items.length - 1)]!;
    },
    chance: (p) => next() < p,
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
  };
}

/**
 * Splits `total` into whole parts proportional to `weights` that add up to exactly `total`
 * (largest remainder; ties go to the earlier index, so the result is deterministic).
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (total === 0) return weights.map(() => 0);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) throw new Error(`cannot share ${total} among ${weights.length} zero weights`);
  const exact = weights.map((w) => (w / sum) * total);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts;
}

/**
 * Like apportion, but no part may exceed its cap: parts that would are fixed at their cap and the
 * rest is shared again among the others (water-filling). Throws if the caps cannot hold the total.
 */
export function apportionCapped(total: number, weights: readonly number[], caps: readonly number[]): number[] {
  const capacity = caps.reduce((a, b) => a + b, 0);
  if (total > capacity) throw new Error(`cannot fit ${total} under caps adding to ${capacity}`);
  const fixed = new Map<number, number>();
  for (;;) {
    const free = weights.map((_, i) => i).filter((i) => !fixed.has(i));
    const left = total - [...fixed.values()].reduce((a, b) => a + b, 0);
    const shares = apportion(left, free.map((i) => weights[i]!));
    const over = free.filter((i, k) => shares[k]! > caps[i]!);
    if (over.length === 0) {
      const parts = weights.map((_, i) => fixed.get(i) ?? 0);
      free.forEach((i, k) => (parts[i] = shares[k]!));
      return parts;
    }
    for (const i of over) fixed.set(i, caps[i]!);
  }
}
