import { clientAddress } from "@/lib/auth/client-address";
import { env } from "@/lib/env";

/** The client address a route's throttle counts against (see lib/auth/client-address.ts). */
export function requestClientAddress(request: Request): string {
  return clientAddress({ "x-forwarded-for": request.headers.get("x-forwarded-for") ?? undefined });
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The origin of links the app hands out by mail or log (password resets).
 * NEXTAUTH_URL when set. Otherwise the request's own origin only when it
 * names this machine (loopback): any other Host header is the client's to
 * say, and a forged one would send the link, token and all, to the forger.
 * Without either, the link is a path on this server ("").
 */
export function linkOrigin(request: Request): string {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const own = new URL(request.url);
  return LOOPBACK_HOSTS.has(own.hostname) ? own.origin : "";
}
