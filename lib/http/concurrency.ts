import type { AppError } from "@/lib/domain/errors";
import { metrics } from "@/lib/ops/metrics";

/**
 * Lets at most `limit` runs of some heavy work go on at once in this process;
 * one more is refused with `busy()` at once rather than queued, so a burst
 * can neither pile up memory nor hold connections open. The number running
 * is the `skillgap_heavy_work_running{work}` gauge of GET /api/metrics.
 */
export function concurrencyLimit(limit: number, busy: () => AppError, name = "other") {
  let running = 0;
  const gauge = metrics().heavyWork;
  gauge.set({ work: name }, 0);
  return async function withinLimit<T>(work: () => Promise<T>): Promise<T> {
    if (running >= limit) throw busy();
    gauge.set({ work: name }, ++running);
    try {
      return await work();
    } finally {
      gauge.set({ work: name }, --running);
    }
  };
}
