import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "./client";

/**
 * Failed sign-ins, counted in the database so every app server shares them:
 * 10 per account and client address per 15 minutes (a guesser on one
 * address), 100 per account per hour (a guesser spread over many addresses).
 */
export const SIGN_IN_LIMITS = {
  perAccountAndAddress: { points: 10, duration: 15 * 60 },
  perAccount: { points: 100, duration: 60 * 60 },
} as const;

const byAccountAndAddress = new RateLimiterPrisma({
  storeClient: db,
  keyPrefix: "signin_ip",
  ...SIGN_IN_LIMITS.perAccountAndAddress,
  clearExpiredByTimeout: false,
});
const byAccount = new RateLimiterPrisma({
  storeClient: db,
  keyPrefix: "signin",
  ...SIGN_IN_LIMITS.perAccount,
  clearExpiredByTimeout: false,
});

/**
 * Takes one attempt from both budgets before the password is checked, so
 * parallel guesses cannot all slip past a check-then-count. Resolves with the
 * milliseconds to wait when a budget is spent, or null when the attempt may go on.
 */
export async function reserveSignInAttempt(email: string, address: string): Promise<number | null> {
  try {
    await byAccountAndAddress.consume(`${email}_${address}`);
    await byAccount.consume(email);
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return rejection.msBeforeNext;
    throw rejection;
  }
}

/** A correct password gives back the reserved attempt and clears this address's failures. */
export async function forgiveSignInAttempts(email: string, address: string): Promise<void> {
  await byAccountAndAddress.delete(`${email}_${address}`);
  await byAccount.reward(email);
}
