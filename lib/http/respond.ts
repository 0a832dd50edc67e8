import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import { logRequestError } from "@/lib/ops/log";
import { bodyLimitFor } from "./body-limits";
import { countJsonValues, maxJsonValues } from "./json-values";
import { AppError, forbiddenOrigin, payloadTooLarge, unsupportedMediaType, validationFailed } from "@/lib/domain/errors";

export function errorResponse(error: AppError): NextResponse {
  const body = { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } };
  const headers = error.retryAfterSeconds !== undefined ? { "Retry-After": String(error.retryAfterSeconds) } : undefined;
  return NextResponse.json(body, { status: error.status, headers });
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/**
 * Wraps a route handler so a user's mistake becomes the documented error
 * shape and anything else a logged 500 that leaks nothing. Answers are
 * per-user unless a handler says otherwise, so no cache may keep them.
 */
export function handle<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    const response = await answer(handler, request, context);
    if (!response.headers.has("cache-control")) response.headers.set("Cache-Control", "no-store");
    return response;
  };
}

async function answer<C>(handler: Handler<C>, request: Request, context: C): Promise<Response> {
  try {
    return await handler(request, context);
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error);
    logRequestError(request, error);
    return errorResponse(new AppError(500, "internal_error", "Something went wrong on our side."));
  }
}

const JSON_BODY = { name: "application/json", pattern: /^application\/json\b/i };
const FORM_BODY = { name: "application/x-www-form-urlencoded", pattern: /^application\/x-www-form-urlencoded\b/i };

/**
 * The mutation guard: same-origin only (a browser always sends Origin on a
 * cross-site POST), one content type, and a size limit enforced while
 * reading, so an oversized body is refused before it is parsed.
 */
async function readGuardedBody(request: Request, type: { name: string; pattern: RegExp }, limitBytes: number): Promise<string> {
  assertSameOrigin(request);
  if (!type.pattern.test(request.headers.get("content-type") ?? "")) throw unsupportedMediaType(type.name);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limitBytes) throw payloadTooLarge(limitBytes);
  return readTextWithin(request, limitBytes);
}

/** A JSON body for the API's mutating routes. */
export async function readJson(request: Request): Promise<unknown> {
  const limitBytes = bodyLimitFor(new URL(request.url).pathname);
  const text = await readGuardedBody(request, JSON_BODY, limitBytes);
  const maxValues = maxJsonValues(limitBytes);
  if (countJsonValues(text) > maxValues) {
    const message = `The body holds more than ${maxValues.toLocaleString("en")} values: split it.`;
    throw validationFailed({ body: message }, message);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw validationFailed({ body: "The body is not valid JSON." }, "The body is not valid JSON.");
  }
}

/**
 * next-auth's POST endpoints (sign-in, sign-out) take small form-encoded
 * bodies: read here within the limit, so next-auth never sees an oversized
 * body or one it cannot parse.
 */
export function readForm(request: Request): Promise<string> {
  return readGuardedBody(request, FORM_BODY, bodyLimitFor(new URL(request.url).pathname));
}

async function readTextWithin(request: Request, limitBytes: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel();
      throw payloadTooLarge(limitBytes);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (origin === null) return; // Non-browser clients (scripts, tests) send none; browsers always do on POST.
  // X-Forwarded-Host is the client's to say unless a proxy we trust sets it (proxy.ts overwrites it, this holds without proxy.ts too).
  const forwardedHost = env().trustProxy ? request.headers.get("x-forwarded-host") : null;
  const host = forwardedHost ?? request.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw forbiddenOrigin();
  }
  if (originHost !== host) throw forbiddenOrigin();
}
