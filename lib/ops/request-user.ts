import { createHash } from "node:crypto";

/**
 * Request id -> hash of the signed-in user: route handlers fill it
 * (lib/http/authed.ts), the request log (lib/ops/request-log.ts) takes it when
 * the answer ends. On globalThis: the two are bundled apart.
 */
const shared = globalThis as { skillgapRequestUsers?: Map<string, string> };
const requestUsers = (shared.skillgapRequestUsers ??= new Map());

/**
 * Records the user a request was made for, as a hash: the log can tell one
 * user's requests from another's without holding an id that leads to them.
 */
export function noteRequestUser(request: Request, userId: string): void {
  const id = request.headers.get("x-request-id");
  if (id) requestUsers.set(id, createHash("sha256").update(userId).digest("hex").slice(0, 16));
}

/** The user hash noted for a request, forgotten as it is read. */
export function takeRequestUser(requestId: string): string | undefined {
  const user = requestUsers.get(requestId);
  requestUsers.delete(requestId);
  return user;
}
