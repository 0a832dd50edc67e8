import type { AppError } from "@/lib/domain/errors";

/**
 * Lets at most `limit` runs of some heavy work go on at once in this process;
 * one more is refused with `busy()` at once rather than queued, so a burst
 * can neither pile up memory nor hold connections open.
 */
export function concurrencyLimit(limit: number, busy: () => AppError, places: { running: number } = { running: 0 }) {
  /** Takes a place or throws `busy()`; the place is held until the returned release is called (once). */
  function acquire(): () => void {
    if (places.running >= limit) throw busy();
    places.running += 1;
    let released = false;
    return () => {
      if (!released) places.running -= 1;
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
