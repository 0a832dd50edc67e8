/**
 * Resolves after a millisecond in which the event loop serves what is waiting
 * (other requests' I/O, timers): long work in slices calls it between them,
 * so no slice holds the server for long. A request takes several turns of
 * the loop; with setImmediate the next slice ran before each of them, so a
 * /api/health probe waited several slices during an import instead of none.
 */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 1));
