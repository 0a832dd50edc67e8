import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, expect, test, vi } from "vitest";

// A real SMTP server on a free port, started before the app reads its
// environment: the modules are loaded afresh below, with SMTP_URL pointing here.
const received: ParsedMail[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((mail) => received.push(mail))
      .then(() => callback(), callback);
  },
});
await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
const { port } = smtp.server.address() as AddressInfo;
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

const PUBLIC_URL = "https://skillgap.example";
// Stubbed, and put back afterwards: the test files after this one share its worker.
vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${port}`);
vi.stubEnv("NEXTAUTH_URL", PUBLIC_URL);
vi.stubEnv("MAIL_FROM", "Skillgap Test <recovery@skillgap.example>");
afterAll(() => vi.unstubAllEnvs());
vi.resetModules();
const { createUser } = await import("../support/users");
const { jsonRequest, noContext } = await import("../support/http");
const { POST: requestReset } = await import("@/app/api/v1/password-resets/route");
const { POST: confirmReset } = await import("@/app/api/v1/password-resets/confirm/route");
const { authenticate } = await import("@/lib/auth/authenticate");

async function nextMail(): Promise<ParsedMail> {
  await vi.waitFor(() => expect(received.length).toBeGreaterThan(0), { timeout: 10_000 });
  return received.shift()!;
}

test("the reset link goes out by SMTP to the account's email, from MAIL_FROM, on NEXTAUTH_URL; its token resets the password", async () => {
  const user = await createUser();
  // The request's Host is not where the link points: NEXTAUTH_URL is.
  const request = new Request("http://evil.example/api/v1/password-resets", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: user.email }),
  });
  expect((await requestReset(request, noContext)).status).toBe(202);

  const mail = await nextMail();
  expect(mail.to && "text" in mail.to ? mail.to.text : "").toBe(user.email);
  expect(mail.from?.text).toBe('"Skillgap Test" <recovery@skillgap.example>');
  expect(mail.subject).toBe("Reset your Skillgap password");
  const link = mail.text?.match(/(\S+\/reset-password\?token=[A-Za-z0-9_-]+)/)?.[1];
  expect(link).toBeDefined();
  const url = new URL(link!);
  expect(url.origin).toBe(PUBLIC_URL);
  expect(mail.text).not.toContain("evil.example");

  const body = { token: url.searchParams.get("token"), newPassword: "a mailed-in passphrase" };
  expect((await confirmReset(jsonRequest("/api/v1/password-resets/confirm", "POST", body), noContext)).status).toBe(204);
  await expect(authenticate({ email: user.email, password: "a mailed-in passphrase" }, "10.7.0.1")).resolves.toMatchObject({ id: user.id });
});

test("an unknown email sends nothing", async () => {
  const request = jsonRequest("/api/v1/password-resets", "POST", { email: "nobody-at-all@example.test" });
  expect((await requestReset(request, noContext)).status).toBe(202);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(received).toEqual([]);
});
