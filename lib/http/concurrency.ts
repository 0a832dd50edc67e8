import type { AppError } from "@/lib/domain/errors";
import { metrics } from "@/lib/ops/metrics";

/**
 * Lets at most `limit` runs of some heavy work go on at once in this process;
 * one more is refused with `busy()` at once rather than queued, so a burst
 * can neither pile up memory nor hold connections open. The number running
 * is the `skillgap_heavy_work_running{work}` gauge of GET /api/metrics.
 */
export function concurrencyLimit(
  limit: number,
  busy: () => AppError,
  { name = "other", places = { running: 0 } }: { name?: string; places?: { running: number } } = {},
) {
  const gauge = metrics().heavyWork;
  gauge.set({ work: name }, places.running);
  /** Takes a place or throws `busy()`; the place is held until the returned release is called (once). */
  function acquire(): () => void {
    if (places.running >= limit) throw busy();
    gauge.set({ work: name }, ++places.running);
    let released = false;
    return () => {
      if (!released) gauge.set({ work: name }, --places.running);
      released = true;
    };
  }
  async function withinLimit<T>(work: () => Promise<T>): Promise<T> {
    const release = acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
  return Object.assign(withinLimit, { acquire });
}

/**
 * A response whose body is written piece by piece as the client reads it, so
 * only one piece is in memory at a time; `release` runs once when the body
 * ends, fails or the client goes away.
 */
export function streamedResponse(pieces: AsyncGenerator<string>, init: ResponseInit, release: () => void = () => {}): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await pieces.next();
        if (done) {
          release();
          controller.close();
        } else controller.enqueue(encoder.encode(value));
      } catch (error) {
        release();
        controller.error(error);
      }
    },
    async cancel() {
      release();
      await pieces.return(undefined);
    },
  });
  return new Response(body, init);
}
