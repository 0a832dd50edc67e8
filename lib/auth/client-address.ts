/**
 * The address the throttles (sign-in, sign-up, reset requests) count against. proxy.ts leaves only an
 * X-Forwarded-For that Next filled in from the socket, or, with TRUST_PROXY,
 * the one a trusted proxy passed on; such a proxy appends the address it saw,
 * so the last entry is the one to believe (earlier ones are the client's say).
 */
export function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const value = Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? "");
  return value.split(",").pop()?.trim() || "unknown";
}
