/**
 * The first index in [0, length) whose `before` is false, where `before` is true for a prefix and false after it
 * (Rust's `partition_point`). One binary search for every sorted-offset lookup, so long texts stay linear overall.
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
