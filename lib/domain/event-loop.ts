/**
 * Resolves once the event loop has served what is waiting (other requests'
 * I/O, timers): long work in slices calls it between them, so no slice holds
 * the server for long.
 */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
