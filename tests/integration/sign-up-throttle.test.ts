import { afterEach, expect, test, vi } from "vitest";
import { checkedAgainstSchema } from "../support/api-schema";
import { noContext } from "../support/http";
import { GOOD_PASSWORD } from "../support/users";
import { POST as postUsersUnchecked } from "@/app/api/v1/users/route";
import { db } from "@/lib/db/client";

const postUsers = checkedAgainstSchema("POST /users", postUsersUnchecked);
const MINUTE_MS = 60_000;

afterEach(() => {
  vi.useRealTimers();
});

/** A sign-up as the client at `address` sends it (proxy.ts leaves only the socket's address in X-Forwarded-For). */
function signUpFrom(address: string, email: string, password = GOOD_PASSWORD) {
  const request = new Request("http://localhost/api/v1/users", {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": address },
    body: JSON.stringify({ email, password }),
  });
  return postUsers(request, noContext);
}

test("10 sign-ups an hour from one address; the 11th is a 429 with Retry-After and creates nothing; other addresses go on", async () => {
  const start = new Date();
  vi.useFakeTimers({ toFake: ["Date"], now: start });
  for (let person = 1; person <= 10; person++) expect((await signUpFrom("198.51.100.7", `office-${person}@example.test`)).status).toBe(202);

  const throttled = await signUpFrom("198.51.100.7", "office-11@example.test");
  expect(throttled.status).toBe(429);
  expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThan(59 * 60);
  expect((await throttled.json()).error).toMatchObject({
    code: "too_many_requests",
    message: expect.stringMatching(/Try again in 60 minutes/),
  });
  expect(await db.user.count({ where: { email: "office-11@example.test" } })).toBe(0);

  expect((await signUpFrom("198.51.100.8", "elsewhere@example.test")).status).toBe(202);
  vi.setSystemTime(new Date(start.getTime() + 60 * MINUTE_MS + 1_000));
  expect((await signUpFrom("198.51.100.7", "office-11@example.test")).status).toBe(202);
  expect(await db.user.count({ where: { email: "office-11@example.test" } })).toBe(1);
});

test("a sign-up refused for its password spends nothing of the address's budget", async () => {
  for (let attempt = 1; attempt <= 12; attempt++)
    expect((await signUpFrom("198.51.100.9", `weak-${attempt}@example.test`, "password1")).status).toBe(400);
  expect((await signUpFrom("198.51.100.9", "strong@example.test")).status).toBe(202);
});
