import { Server, type IncomingMessage, type ServerResponse } from "node:http";

// Methods the WHATWG Request that Next builds for each request refuses to hold:
// Next answers them with a 500 and a logged stack trace before any of the app's code runs.
const UNSERVABLE_METHODS = new Set(["CONNECT", "TRACE", "TRACK"]);
const ALLOWED = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

function refuse(request: IncomingMessage, response: ServerResponse): void {
  const message = `The method ${request.method} is not allowed.`;
  const api = request.url?.startsWith("/api/");
  response.writeHead(405, {
    Allow: ALLOWED,
    "Content-Type": api ? "application/json" : "text/plain; charset=utf-8",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
  });
  response.end(api ? JSON.stringify({ error: { code: "method_not_allowed", message } }) : message);
}

/**
 * Answers such requests with a 405 before Next sees them, in every HTTP
 * server of this process (`next start` creates its own, so this hooks the
 * request event rather than wrapping a handler).
 */
export function refuseUnservableMethods(): void {
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      if (UNSERVABLE_METHODS.has(request.method ?? "")) {
        refuse(request, response);
        return true;
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof Server.prototype.emit;
}
