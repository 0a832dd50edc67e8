import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "./client";

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/**
 * Every throttle's budget: points per window of `duration` seconds. Counters
 * live in the database, so every app server shares them.
 */
export const THROTTLE_LIMITS = {
  /** Failed sign-ins to one account from one client address (a guesser on one address). */
  signInPerAccountAndAddress: { points: 10, duration: 15 * MINUTE },
  /**
   * Failed sign-ins to one account from addresses that have never signed in to
   * it (a guesser spread over many addresses). The owner's own addresses are
   * not counted here, so an attacker cannot lock them out.
   */
  signInPerAccountFromNewAddresses: { points: 100, duration: HOUR },
  /** Wrong current passwords when changing the password or deleting the account. */
  passwordCheckPerAccount: { points: 10, duration: 15 * MINUTE },
  /**
   * Sign-ups per client address: a household or an office behind one NAT
   * signs up a few people an hour, a script hundreds.
   */
  signUpPerAddress: { points: 10, duration: HOUR },
  /** Reset links asked for, per client address and per email. */
  passwordResetPerAddress: { points: 10, duration: HOUR },
  /**
   * Reset links for one email asked from addresses that have never signed in to
   * it. An address the owner has signed in from spends only its own budget (the
   * next line), so strangers asking for the owner's email cannot block the owner's own request.
   */
  passwordResetPerEmail: { points: 3, duration: HOUR },
  passwordResetPerEmailAndKnownAddress: { points: 3, duration: HOUR },
  /** Share, review and workspace invitation links created, every kind together, per user. */
  linkCreationPerUser: { points: 30, duration: HOUR },
} as const;

// A space separates an email from an address in a key: no valid email contains
// one, so an account's keys are exactly those that start with its email and a space.
const KEY_SEPARATOR = " ";

function limiter(keyPrefix: string, limit: { points: number; duration: number }) {
  return new RateLimiterPrisma({ storeClient: db, keyPrefix, ...limit, clearExpiredByTimeout: false });
}

const signInByAccountAndAddress = limiter("signin_ip", THROTTLE_LIMITS.signInPerAccountAndAddress);
const signInByAccount = limiter("signin", THROTTLE_LIMITS.signInPerAccountFromNewAddresses);
const signUpByAddress = limiter("signup_ip", THROTTLE_LIMITS.signUpPerAddress);
const passwordCheckByAccount = limiter("password_check", THROTTLE_LIMITS.passwordCheckPerAccount);
const passwordResetByAddress = limiter("reset_ip", THROTTLE_LIMITS.passwordResetPerAddress);
const passwordResetByEmail = limiter("reset", THROTTLE_LIMITS.passwordResetPerEmail);
const passwordResetByEmailAndKnownAddress = limiter("reset_known", THROTTLE_LIMITS.passwordResetPerEmailAndKnownAddress);
const linkCreationByUser = limiter("links", THROTTLE_LIMITS.linkCreationPerUser);

const SWEEP_INTERVAL_MS = 60_000;
let lastSweep = 0;

/** Drops counters whose window has ended, at most once a minute per server: a failed attempt must not leave a row for good. */
async function sweepExpiredCounters(): Promise<void> {
  const now = Date.now();
  if (now - lastSweep < SWEEP_INTERVAL_MS) return;
  lastSweep = now;
  await db.rateLimiterFlexible.deleteMany({ where: { expire: { lt: new Date(now) } } });
}

/** Takes a point from each limiter in turn; the milliseconds to wait when one is spent, else null. */
async function consumeAll(steps: [RateLimiterPrisma, string][]): Promise<number | null> {
  await sweepExpiredCounters();
  try {
    for (const [budget, key] of steps) await budget.consume(key);
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return rejection.msBeforeNext;
    throw rejection;
  }
}

const accountAddressKey = (email: string, address: string) => `${email}${KEY_SEPARATOR}${address}`;

/**
 * Takes one sign-in attempt from the budgets before the password is checked,
 * so parallel guesses cannot all slip past a check-then-count. An address
 * that has signed in to the account before spends only its own budget.
 */
export function reserveSignInAttempt(email: string, address: string, knownAddress: boolean): Promise<number | null> {
  const steps: [RateLimiterPrisma, string][] = [[signInByAccountAndAddress, accountAddressKey(email, address)]];
  if (!knownAddress) steps.push([signInByAccount, email]);
  return consumeAll(steps);
}

/** A correct password gives back the reserved attempt and clears this address's failures. */
export async function forgiveSignInAttempts(email: string, address: string, knownAddress: boolean): Promise<void> {
  await signInByAccountAndAddress.delete(accountAddressKey(email, address));
  if (!knownAddress) await signInByAccount.reward(email);
}

/** Before an account is created (or, for a taken email, not): counts every accepted sign-up from the address. */
export function reserveSignUp(address: string): Promise<number | null> {
  return consumeAll([[signUpByAddress, address]]);
}

/** Before a signed-in user's current password is checked (password change, account deletion). */
export function reservePasswordCheck(userId: string): Promise<number | null> {
  return consumeAll([[passwordCheckByAccount, userId]]);
}

export async function forgivePasswordCheck(userId: string): Promise<void> {
  await passwordCheckByAccount.delete(userId);
}

/** Before a reset link is sent (or, for an unknown email, not sent); `knownAddress`: the account's owner has signed in from it. */
export function reservePasswordResetRequest(email: string, address: string, knownAddress: boolean): Promise<number | null> {
  return consumeAll([
    [passwordResetByAddress, address],
    knownAddress ? [passwordResetByEmailAndKnownAddress, accountAddressKey(email, address)] : [passwordResetByEmail, email],
  ]);
}

/** Before a share, review or invitation link is created. */
export function reserveLinkCreation(userId: string): Promise<number | null> {
  return consumeAll([[linkCreationByUser, userId]]);
}

/**
 * One account's counters kept per client address by `budget`. The database is
 * asked for them by prefix (LIKE, where "_" matches any character, so it may
 * return other accounts' keys too), and only the keys that start with this
 * email and the separator are kept: no valid email contains a space.
 */
async function perAddressKeys(budget: RateLimiterPrisma, email: string): Promise<string[]> {
  const prefix = budget.getKey(`${email}${KEY_SEPARATOR}`);
  const candidates = await db.rateLimiterFlexible.findMany({ where: { key: { startsWith: prefix } }, select: { key: true } });
  return candidates.map(({ key }) => key).filter((key) => key.startsWith(prefix));
}

/** One account's sign-in failure counters: the account-wide one and one per client address. */
async function signInFailureKeys(email: string): Promise<string[]> {
  return [signInByAccount.getKey(email), ...(await perAddressKeys(signInByAccountAndAddress, email))];
}

/** Forgets every failed sign-in to the account, from every address (a password reset proved the owner). */
export async function clearAccountSignInFailures(email: string): Promise<void> {
  await db.rateLimiterFlexible.deleteMany({ where: { key: { in: await signInFailureKeys(email) } } });
}

/** Exactly the counters of one account, for its deletion. */
export async function accountThrottleKeys(email: string, userId: string): Promise<string[]> {
  return [
    ...(await signInFailureKeys(email)),
    passwordCheckByAccount.getKey(userId),
    passwordResetByEmail.getKey(email),
    ...(await perAddressKeys(passwordResetByEmailAndKnownAddress, email)),
    linkCreationByUser.getKey(userId),
  ];
}
