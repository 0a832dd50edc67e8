/**
 * Failures a user can cause, each with the HTTP status and code the JSON API
 * answers with. Anything else is a bug and becomes a 500.
 */
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: FieldErrors,
    /** For a 429 or a 503: when the client may try again (the Retry-After header). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const validationFailed = (fields: FieldErrors, message = "Some fields are not valid.") =>
  new AppError(400, "validation_failed", message, fields);

/**
 * The most fields one 400 names. A body with thousands of mistakes (an import of
 * 2,000 assessments, each wrong twenty ways) gets a short answer that says how many
 * more there were, instead of an error as large as the body.
 */
export const MAX_FIELD_ERRORS = 100;

/** Field errors gathered up to MAX_FIELD_ERRORS: the first message per field is kept, the rest only counted. */
export class FieldErrorList {
  // No prototype: a field named "constructor" or "__proto__" is a key like any other.
  readonly fields: FieldErrors = Object.create(null);
  private named = 0;
  private omitted = 0;
  private unchecked: string[] = [];

  add(name: string, message: string): void {
    if (name in this.fields) return;
    if (this.named < MAX_FIELD_ERRORS) {
      this.fields[name] = message;
      this.named += 1;
    } else this.omitted += 1;
  }

  addAll(fields: FieldErrors): void {
    for (const [name, message] of Object.entries(fields)) this.add(name, message);
  }

  /** Problems found but not named (past MAX_FIELD_ERRORS, or unknown keys past the first few of an object). */
  countOmitted(count: number): void {
    this.omitted += count;
  }

  /** Items of a list left unchecked once the list is full: checking them would only find more of the same. */
  leftUnchecked(count: number, list: string): void {
    if (count > 0) this.unchecked.push(`${count.toLocaleString("en")} more item${count === 1 ? "" : "s"} of ${list} were not checked.`);
  }

  get isFull(): boolean {
    return this.named >= MAX_FIELD_ERRORS;
  }

  get isEmpty(): boolean {
    return this.named === 0 && this.omitted === 0;
  }

  toError(message = "Some fields are not valid."): AppError {
    const more = this.omitted
      ? ` The first ${this.named} are named; ${this.omitted.toLocaleString("en")} more problem${this.omitted === 1 ? " is" : "s are"} not.`
      : this.isFull && this.unchecked.length
        ? ` The first ${this.named} are named.`
        : "";
    return validationFailed(this.fields, [message + more, ...this.unchecked].join(" "));
  }
}
export const unauthorized = () => new AppError(401, "unauthorized", "Sign in to continue.");
export const notFound = (what = "Resource") => new AppError(404, "not_found", `${what} not found.`);
export const forbiddenOrigin = () => new AppError(403, "forbidden_origin", "Cross-origin requests are not allowed.");
export const payloadTooLarge = (limitBytes: number) =>
  new AppError(413, "payload_too_large", `The request body is larger than ${Math.round(limitBytes / 1024)} KB.`);
export const unsupportedMediaType = (type = "application/json") =>
  new AppError(415, "unsupported_media_type", `Send the request body as ${type}.`);
/** A throttle's budget is spent: `tooMany` says what ("failed sign-in attempts"), the wait is rounded up to whole minutes. */
export function tooManyRequests(tooMany: string, waitMs: number): AppError {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  const message = `Too many ${tooMany}. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
  return new AppError(429, "too_many_requests", message, undefined, Math.ceil(waitMs / 1000));
}
/** The server is doing as much of this as it safely can at once: the client should try again shortly. */
export const serverBusy = (message: string, retryAfterSeconds: number) =>
  new AppError(503, "server_busy", message, undefined, retryAfterSeconds);
export const recentSignInRequired = (message: string) => new AppError(403, "recent_sign_in_required", message);
export const gone = (message: string) => new AppError(410, "gone", message);
export const conflict = (code: string, message: string) => new AppError(409, code, message);
export const idempotencyKeyReused = () =>
  new AppError(422, "idempotency_key_reused", "This Idempotency-Key was used for a different request.", {
    "Idempotency-Key": "Use a new key for a different request; reuse a key only to retry the same one.",
  });
