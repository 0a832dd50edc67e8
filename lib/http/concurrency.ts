import type { AppError } from "@/lib/domain/errors";

/**
 * Lets at most `limit` runs of some heavy work go on at once in this process;
 * one more is refused with `busy()` at once rather than queued, so a burst
 * can neither pile up memory nor hold connections open.
 */
export function concurrencyLimit(limit: number, busy: () => AppError) {
  let running = 0;
  return async function withinLimit<T>(work: () => Promise<T>): Promise<T> {
    if (running >= limit) throw busy();
    running += 1;
    try {
      return await work();
    } finally {
      running -= 1;
    }
  };
}
