// Preloaded into the Prisma CLI (scripts/prepare-db.mjs). Prisma 6.19's wasm
// schema engine arms a 10 s timer around its PostgreSQL advisory lock and
// never clears it, so every command would sit idle for 10 s before exiting.
// Long timers are unref'd: they still fire while the engine waits for the
// lock, but no longer keep a finished process alive.
const setTimeoutBeforePreload = globalThis.setTimeout;
globalThis.setTimeout = function setTimeoutUnrefLong(callback, delay, ...args) {
  const timer = setTimeoutBeforePreload(callback, delay, ...args);
  if (delay >= 10_000) timer.unref();
  return timer;
};
