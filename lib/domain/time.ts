/** One day in milliseconds: the unit of every date window in the app (trend, staleness, idempotency, keep-alive). */
export const DAY_MS = 24 * 60 * 60 * 1000;
