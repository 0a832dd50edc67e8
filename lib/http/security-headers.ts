import { env } from "@/lib/env";

// Security headers on every page and API response. Scripts run only by a
// per-request nonce; 'strict-dynamic' lets Next's own chunks load from them.
function contentSecurityPolicy(nonce: string): string {
  const dev = env().NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Charts and Next set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

// A calendar feed's URL is its only key: no Referer may carry it to another site.
const TOKEN_IN_URL = /^\/api\/v1\/reminders\.ics$/;

export const newNonce = () => btoa(crypto.randomUUID());

/**
 * The headers every response carries, whoever answers: proxy.ts for what Next
 * serves, lib/http/before-next.ts for what is refused before Next reads it.
 */
export function securityHeaders({ nonce, pathname, https }: { nonce: string; pathname: string; https: boolean }): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(nonce),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": TOKEN_IN_URL.test(pathname) ? "no-referrer" : "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "X-Frame-Options": "DENY",
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
