export const AFTER_SIGN_IN_PATH = "/dashboard";

// Any origin will do for resolving a path: only whether the result stays on it matters.
const PLACEHOLDER_ORIGIN = "http://skillgap.invalid";

function staysOn(path: string, origin: string): boolean {
  return new URL(path, origin).origin === origin;
}

/**
 * Where to go after signing in: the callbackUrl as a path on this site, or
 * the dashboard. It is resolved with the same URL parser the browser uses
 * (which drops tabs and newlines and reads "\" as "/"), so the check sees what
 * the browser would follow; the path it yields is checked again, since a path
 * such as "//host" would itself leave the site. A repeated parameter counts
 * by its first value.
 */
export function sameOriginPath(callbackUrl: unknown, origin = PLACEHOLDER_ORIGIN): string {
  const raw = Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl;
  if (typeof raw !== "string" || raw === "") return AFTER_SIGN_IN_PATH;
  try {
    const base = new URL(origin).origin;
    const url = new URL(raw, base);
    const path = `${url.pathname}${url.search}${url.hash}`;
    return url.origin === base && staysOn(path, base) ? path : AFTER_SIGN_IN_PATH;
  } catch {
    return AFTER_SIGN_IN_PATH;
  }
}
