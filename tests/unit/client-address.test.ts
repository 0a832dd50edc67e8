import { expect, test } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";

const of = (forwardedFor: string) => clientAddress({ "x-forwarded-for": forwardedFor });

test.each([
  ["an IPv4 address, as it is", "198.51.100.7", "198.51.100.7"],
  ["the last of several (what the trusted proxy saw)", "203.0.113.1, 198.51.100.7", "198.51.100.7"],
  ["an IPv6 address, by its /64", "2001:db8:85a3:8d3:1319:8a2e:370:7348", "2001:db8:85a3:8d3::/64"],
  ["a compressed IPv6 address, by the same /64", "2001:db8:85a3:8d3::1", "2001:db8:85a3:8d3::/64"],
  ["leading zeros and upper case, by the same /64", "2001:0DB8:85A3:08D3:0:0:0:ffff", "2001:db8:85a3:8d3::/64"],
  ["an address with a zone", "fe80::1%eth0", "fe80:0:0:0::/64"],
  ["an IPv4-mapped IPv6 address, as the IPv4 address", "::ffff:198.51.100.7", "198.51.100.7"],
  ["loopback", "::1", "0:0:0:0::/64"],
  ["nothing", "", "unknown"],
])("%s", (_, forwardedFor, expected) => {
  expect(of(forwardedFor)).toBe(expected);
});

test("two addresses of one /64 share a budget; the next /64 has its own", () => {
  expect(of("2001:db8:1:2:aaaa::1")).toBe(of("2001:db8:1:2:bbbb::2"));
  expect(of("2001:db8:1:2::1")).not.toBe(of("2001:db8:1:3::1"));
});
