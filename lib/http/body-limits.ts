import { IMPORT_BODY_LIMIT } from "@/lib/schemas/assessment";

/** A signed-in route's body: an assessment with a note on every skill is tens of KB. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;
/**
 * A body anyone may send without signing in (sign-up, sign-in, recovery, a
 * mentor's answer) is small: a few fields, or twenty ratings with notes. Kept
 * small so that parsing and validating what a stranger sends costs little.
 */
export const PUBLIC_BODY_LIMIT = 64 * 1024;

const PUBLIC_BODY_ROUTES = [
  /^\/api\/auth\//,
  /^\/api\/v1\/users$/,
  /^\/api\/v1\/password-resets(\/confirm)?$/,
  /^\/api\/v1\/reviews\/[^/]+\/response$/,
];

/**
 * The largest body a route reads. One table, read twice: before Next buffers a
 * request (a declared Content-Length over it is refused at once) and while the
 * handler reads the body.
 */
export function bodyLimitFor(pathname: string): number {
  if (pathname === "/api/v1/import") return IMPORT_BODY_LIMIT;
  return PUBLIC_BODY_ROUTES.some((route) => route.test(pathname)) ? PUBLIC_BODY_LIMIT : DEFAULT_BODY_LIMIT;
}
