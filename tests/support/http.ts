/** A request as the browser would send it to a route handler. */
export function jsonRequest(path: string, method: string, body?: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`http://localhost${path}`, {
    method,
    headers: { ...(body !== undefined ? { "content-type": "application/json" } : {}), host: "localhost", ...headers },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** What Next passes a route without dynamic segments. */
export const noContext = { params: Promise.resolve({}) };

export function params<T extends Record<string, string>>(values: T) {
  return { params: Promise.resolve(values) };
}
