import { randomBytes, randomUUID } from "node:crypto";
import { expect } from "@playwright/test";
import { seedAccount } from "./seed";

/**
 * A scripted user of the JSON API over plain fetch, for specs that talk to a
 * server of their own or need many clients at once. Sessions are next-auth's
 * cookie, obtained the way the sign-in form gets it.
 */
export const PASSWORD = "a long and unusual passphrase";
export const SESSION_COOKIE = "next-auth.session-token";

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body, or undefined when it is not JSON. */
  json: unknown;
}

export interface SendOptions {
  /** Serialised with JSON.stringify and sent as application/json. */
  json?: unknown;
  /** Sent as is (a raw body: invalid JSON, bytes, a stream). */
  body?: string | Uint8Array | ReadableStream<Uint8Array>;
  headers?: Record<string, string>;
}

export class Client {
  constructor(
    readonly baseUrl: string,
    public cookie = "",
  ) {}

  async send(method: string, path: string, options: SendOptions = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...(this.cookie ? { cookie: this.cookie } : {}) };
    let body: SendOptions["body"];
    if (options.json !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(options.json);
    } else body = options.body;
    Object.assign(headers, options.headers);
    const response = await fetch(this.baseUrl + path, {
      method,
      headers,
      body,
      redirect: "manual",
      ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
    } as RequestInit);
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  }
}

export function randomEmail(prefix = "api"): string {
  return `${prefix}-${randomUUID()}@example.test`;
}

/**
 * Signs up through POST /api/v1/users, as a client of its own behind a proxy:
 * a server started with TRUST_PROXY (OwnServer's `trustProxy`) counts each
 * sign-up against its own address, so specs that need many accounts stay
 * within the per-address sign-up throttle; any other server drops the header.
 */
export async function signUp(baseUrl: string, email = randomEmail(), password = PASSWORD, name = "Scripted user") {
  const headers = { "x-forwarded-for": `10.${[...randomBytes(3)].join(".")}` };
  const reply = await new Client(baseUrl).send("POST", "/api/v1/users", { json: { email, password, name }, headers });
  expect(reply.status, reply.text).toBe(202);
  return { email, password };
}

/** The answer of next-auth's credentials callback: the session cookie when it let the user in, the error message otherwise. */
export async function attemptSignIn(baseUrl: string, email: string, password: string, headers: Record<string, string> = {}) {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie, ...headers },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
  const { url } = (await response.json()) as { url: string };
  return {
    status: response.status,
    cookie: session ? session.split(";")[0]! : null,
    error: new URL(url).searchParams.get("error"),
  };
}

/** Signs in and returns a client carrying the session cookie. */
export async function signIn(baseUrl: string, email: string, password = PASSWORD): Promise<Client> {
  const attempt = await attemptSignIn(baseUrl, email, password);
  expect(attempt.cookie, `sign-in refused: ${attempt.error}`).toBeTruthy();
  return new Client(baseUrl, attempt.cookie!);
}

/** A new account, signed in. */
export async function newUser(baseUrl: string, prefix = "api") {
  const { email } = await signUp(baseUrl, randomEmail(prefix));
  return { email, client: await signIn(baseUrl, email) };
}

/** A new account on the suite's own server (playwright.config's webServer), written to its database (seed.ts says why), signed in. */
export async function newSeededUser(baseUrl: string, prefix = "api") {
  const email = randomEmail(prefix);
  await seedAccount(email, PASSWORD, "Scripted user");
  return { email, client: await signIn(baseUrl, email) };
}

/** The documented error shape: { error: { code, message, fields? } } and nothing else. */
export function errorShapeProblem(json: unknown): string | null {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return "the body is not a JSON object";
  const keys = Object.keys(json);
  if (keys.length !== 1 || keys[0] !== "error") return `top-level keys ${JSON.stringify(keys)}`;
  const error = (json as { error: unknown }).error;
  if (typeof error !== "object" || error === null) return "error is not an object";
  const { code, message, fields, ...rest } = error as Record<string, unknown>;
  if (typeof code !== "string" || !code) return "error.code is not a string";
  if (typeof message !== "string" || !message) return "error.message is not a string";
  if (Object.keys(rest).length) return `unexpected keys in error: ${Object.keys(rest).join(", ")}`;
  if (fields !== undefined) {
    if (typeof fields !== "object" || fields === null || Array.isArray(fields)) return "error.fields is not an object";
    for (const [name, text] of Object.entries(fields))
      if (typeof text !== "string") return `error.fields[${JSON.stringify(name)}] is not a string`;
  }
  return null;
}

export function errorOf(reply: Reply): { code: string; message: string; fields?: Record<string, string> } {
  return (reply.json as { error: { code: string; message: string; fields?: Record<string, string> } }).error;
}
