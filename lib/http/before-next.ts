import { Server, type IncomingMessage, type ServerResponse } from "node:http";
import { payloadTooLarge } from "@/lib/domain/errors";
import { bodyLimitFor, DEFAULT_BODY_LIMIT } from "./body-limits";
import { newNonce, securityHeaders } from "./security-headers";

// Methods the WHATWG Request that Next builds for each request refuses to hold:
// Next answers them with a 500 and a logged stack trace before any of the app's code runs.
const UNSERVABLE_METHODS = new Set(["CONNECT", "TRACE", "TRACK"]);
const ALLOWED = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/**
 * How long a client may take to send a whole request. Node's default is five
 * minutes: a client trickling a body holds its buffered part that long.
 */
const REQUEST_TIMEOUT_MS = 60_000;

type Refusal = [status: number, code: string, message: string, retryAfter?: number];

function refuse(request: IncomingMessage, response: ServerResponse, pathname: string, [status, code, message, retryAfter]: Refusal): void {
  const api = pathname.startsWith("/api/");
  const https = request.headers["x-forwarded-proto"] === "https" || (request.socket as { encrypted?: boolean }).encrypted === true;
  response.writeHead(status, {
    ...securityHeaders({ nonce: newNonce(), pathname, https }),
    ...(status === 405 ? { Allow: ALLOWED } : {}),
    ...(retryAfter ? { "Retry-After": String(retryAfter) } : {}),
    "Content-Type": api ? "application/json" : "text/plain; charset=utf-8",
    "Cache-Control": "no-store",
  });
  response.end(api ? JSON.stringify({ error: { code, message } }) : message);
}

/**
 * Bodies over the default limit (only an import's may be) that this process
 * receives at once. Next buffers a body whole before the handler's own limit
 * of imports at once applies: without this, twenty clients trickling 5 MB each
 * would hold 100 MB until they finished or timed out.
 */
const LARGE_BODIES_AT_ONCE = 4;
let largeBodies = 0;

/** Why a request is refused before Next reads it, or null. */
function refusal(request: IncomingMessage, pathname: string, declared: number | undefined): Refusal | null {
  const method = request.method ?? "";
  if (UNSERVABLE_METHODS.has(method)) return [405, "method_not_allowed", `The method ${method} is not allowed.`];
  if (!BODY_METHODS.has(method)) return null;
  const limit = bodyLimitFor(pathname);
  if (declared !== undefined) {
    if (declared > limit) return [413, "payload_too_large", payloadTooLarge(limit).message];
    if (declared > DEFAULT_BODY_LIMIT && largeBodies >= LARGE_BODIES_AT_ONCE)
      return [503, "server_busy", "The server is receiving as many large bodies as it takes at once. Try again in a few seconds.", 5];
    return null;
  }
  // Without a declared length Next would buffer the body (up to its own 10 MB) before any check of the app's.
  if (request.headers["transfer-encoding"] !== undefined)
    return [411, "length_required", "Send the body with a Content-Length header (a chunked body is not accepted here)."];
  return null;
}

/**
 * Refuses, before Next sees them, requests Next would answer with a 500 and
 * request bodies over their route's limit (Next buffers a body whole for
 * proxy.ts before a handler can look at its size), in every HTTP server of
 * this process (`next start` creates its own, so this hooks the request event
 * rather than wrapping a handler).
 */
export function guardRequestsBeforeNext(): void {
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string, ...args: unknown[]) {
    if (event === "request") {
      if (this.requestTimeout === 0 || this.requestTimeout > REQUEST_TIMEOUT_MS) this.requestTimeout = REQUEST_TIMEOUT_MS;
      const [request, response] = args as [IncomingMessage, ServerResponse];
      const pathname = (request.url ?? "/").split("?")[0]!;
      const length = request.headers["content-length"];
      const declared = length === undefined ? undefined : Number(length);
      const refused = refusal(request, pathname, declared);
      if (refused) {
        refuse(request, response, pathname, refused);
        return true;
      }
      if (declared !== undefined && declared > DEFAULT_BODY_LIMIT) {
        largeBodies += 1;
        response.once("close", () => (largeBodies -= 1));
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof Server.prototype.emit;
}
