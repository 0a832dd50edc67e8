import { expect } from "vitest";
import { API_ROUTES, type ApiResponse, type ApiRoute, type ApiRouteKey } from "@/lib/schemas/api-routes";
import { errorBodySchema } from "@/lib/schemas/errors";
import { errorStatusesOf } from "@/lib/schemas/openapi";

function declaredResponse(route: ApiRoute, status: number): ApiResponse | undefined {
  const success = route.responses[status as keyof ApiRoute["responses"]];
  if (success) return success;
  return errorStatusesOf(route).some((declared) => declared === status) ? { description: "error", body: errorBodySchema } : undefined;
}

/**
 * Fails unless the response's status is one the route's OpenAPI entry
 * declares and its body matches the schema declared for that status.
 * Reads a clone, so the caller can still read the body.
 */
export async function expectMatchesSchema(key: ApiRouteKey, response: Response): Promise<Response> {
  const declared = declaredResponse(API_ROUTES[key], response.status);
  expect(declared, `${key} answered ${response.status}, a status its entry in lib/schemas/api-routes.ts does not declare`).toBeDefined();
  const copy = response.clone();
  if (!declared?.body) {
    expect(await copy.text(), `${key} ${response.status} declares no body`).toBe("");
    return response;
  }
  const contentType = declared.contentType ?? "application/json";
  expect(response.headers.get("content-type"), `${key} ${response.status} content type`).toContain(contentType);
  const body = contentType === "application/json" ? await copy.json() : await copy.text();
  const result = declared.body.safeParse(body);
  const problems = result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".") || "(body)"}: ${issue.message}`);
  expect(problems, `${key} ${response.status} body does not match its declared schema`).toEqual([]);
  return response;
}

/** The route handler, with every response it gives checked by expectMatchesSchema. */
export function checkedAgainstSchema<C>(key: ApiRouteKey, handler: (request: Request, context: C) => Promise<Response>) {
  return async (request: Request, context: C) => expectMatchesSchema(key, await handler(request, context));
}
