import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "./client";

/** Share and review links created per user per hour, counted in the database like the sign-in throttle. */
export const LINK_CREATION_LIMIT = { points: 30, duration: 60 * 60 } as const;

const byUser = new RateLimiterPrisma({ storeClient: db, keyPrefix: "links", ...LINK_CREATION_LIMIT, clearExpiredByTimeout: false });

/** Takes one creation from the user's budget; resolves with the milliseconds to wait when it is spent, else null. */
export async function reserveLinkCreation(userId: string): Promise<number | null> {
  try {
    await byUser.consume(userId);
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return rejection.msBeforeNext;
    throw rejection;
  }
}
