import { isIPv6 } from "node:net";

/**
 * An IPv6 client is counted by its /64: one subscriber commonly gets a whole
 * /64, so counting single addresses would give a guesser 2^64 fresh budgets.
 * An IPv4-mapped address (::ffff:192.0.2.1) counts as the IPv4 address it is.
 */
function throttleKeyOf(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  const bare = address.replace(/^\[|\]$/g, "").split("%")[0]!;
  if (!isIPv6(bare)) return address;
  const [head, tail] = bare.split("::") as [string, string | undefined];
  const front = head ? head.split(":") : [];
  const back = tail ? tail.split(":") : [];
  const groups = tail === undefined ? front : [...front, ...Array<string>(8 - front.length - back.length).fill("0"), ...back];
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(":")}::/64`;
}

/**
 * The address the throttles (sign-in, sign-up, reset requests) count against. proxy.ts leaves only an
 * X-Forwarded-For that Next filled in from the socket, or, with TRUST_PROXY,
 * the one a trusted proxy passed on; such a proxy appends the address it saw,
 * so the last entry is the one to believe (earlier ones are the client's say).
 */
export function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const value = Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? "");
  const address = value.split(",").pop()?.trim();
  return address ? throttleKeyOf(address) : "unknown";
}
