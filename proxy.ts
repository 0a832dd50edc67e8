import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { newNonce, securityHeaders } from "@/lib/http/security-headers";

/** True when a path segment's percent-encoding does not decode (Next would answer a bare 500). */
function malformedPath(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return false;
  } catch {
    return true;
  }
}

function badRequest(pathname: string): NextResponse {
  const message = "The URL is not validly percent-encoded.";
  if (pathname.startsWith("/api/")) return NextResponse.json({ error: { code: "bad_request", message } }, { status: 400 });
  return new NextResponse(`Bad request: ${message}`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const headers = securityHeaders({ nonce, pathname: request.nextUrl.pathname, https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", headers["Content-Security-Policy"]!);
  // The sign-in throttle counts per client address. Unless a proxy we trust
  // sets X-Forwarded-For, a client's own value is dropped, and Next fills in
  // the socket's address instead: otherwise a guesser picks a new "address"
  // per attempt.
  // Likewise next-auth builds its URLs from X-Forwarded-Host and -Proto: a
  // client's own values would send it elsewhere, so they describe this request.
  if (!env().trustProxy) {
    requestHeaders.delete("x-forwarded-for");
    requestHeaders.set("x-forwarded-host", request.headers.get("host") ?? request.nextUrl.host);
    requestHeaders.set("x-forwarded-proto", request.nextUrl.protocol.replace(/:$/, ""));
  }

  const response = malformedPath(request.nextUrl.pathname)
    ? badRequest(request.nextUrl.pathname)
    : NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

// Skipped: only Next's build assets (under exactly /_next/static/), its image
// optimiser (exactly /_next/image) and the favicon, none of them HTML. Any
// other path, /_next/staticfoo or /faviconXico included, gets the headers.
export const config = {
  matcher: [{ source: "/((?!_next/static/|_next/image$|favicon\\.ico$).*)" }],
};
