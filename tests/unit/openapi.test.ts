import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { API_ROUTES, type ApiRoute } from "@/lib/schemas/api-routes";
import { openApiDocument, splitRouteKey } from "@/lib/schemas/openapi";
import { expectMatchesSchema } from "../support/api-schema";

const API_ROOT = path.join(import.meta.dirname, "../../app/api/v1");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

interface RouteFile {
  key: string;
  source: string;
}

/** Every method every route.ts under app/api/v1 exports, as "METHOD /path" with `[id]` written `{id}`. */
function routeFiles(directory = API_ROOT): RouteFile[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    if (entry.name !== "route.ts" && entry.name !== "route.tsx") return [];
    const apiPath = "/" + path.relative(API_ROOT, directory).split(path.sep).join("/");
    const openApiPath = apiPath.replace(/\[(\w+)\]/g, "{$1}");
    const source = readFileSync(full, "utf8");
    // Each handler's own text, from its export to the next, to tell what that method reads.
    const handlers = [...source.matchAll(/export\s+(?:const|let|(?:async\s+)?function)\s+([A-Z]+)\b/g)].filter((match) =>
      HTTP_METHODS.includes(match[1]!),
    );
    return handlers.map((match, index) => ({
      key: `${match[1]} ${openApiPath}`,
      source: source.slice(match.index, handlers[index + 1]?.index ?? source.length),
    }));
  });
}

const routes = routeFiles();

/** Every schema lib/schemas exports, by name: what a handler names in parseBody(schema, ...) is looked up here. */
const SCHEMAS_DIRECTORY = path.join(import.meta.dirname, "../../lib/schemas");
const SCHEMAS: Record<string, unknown> = Object.assign(
  {},
  ...(await Promise.all(
    readdirSync(SCHEMAS_DIRECTORY)
      .filter((file) => file.endsWith(".ts"))
      .map((file) => import(path.join(SCHEMAS_DIRECTORY, file))),
  )),
);
const document = openApiDocument();

describe("the OpenAPI document", () => {
  test("the walk finds the API's routes (so the checks below are not vacuous)", () => {
    expect(routes.map((route) => route.key)).toEqual(
      expect.arrayContaining(["GET /assessments/{id}", "POST /assessments", "GET /export.csv"]),
    );
  });

  test("describes every method of every route under app/api/v1", () => {
    const documented = Object.entries(document.paths).flatMap(([apiPath, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${apiPath}`),
    );
    const missing = routes.map((route) => route.key).filter((key) => !documented.includes(key));
    expect(missing, "add an entry for each to lib/schemas/api-routes.ts").toEqual([]);
  });

  test("describes no route that does not exist", () => {
    const stale = Object.keys(API_ROUTES).filter((key) => !routes.some((route) => route.key === key));
    expect(stale).toEqual([]);
  });

  test.each(routes)(
    "$key declares the session, body, query and headers its handler reads, with the handler's own schemas",
    ({ key, source }) => {
      const route: ApiRoute | undefined = API_ROUTES[key as keyof typeof API_ROUTES];
      if (!route) return; // reported above
      expect(route.access, "authed() handlers need the session").toBe(/\bauthed\b\s*[<(]/.test(source) ? "session" : "public");
      const parsedWith = (helper: string) => source.match(new RegExp(`\\b${helper}\\(\\s*(\\w+)`))?.[1];
      const body = parsedWith("parseBody(?:InSlices)?");
      expect(route.body, body ? `parseBody(${body}, ...)` : "reads no body").toBe(body ? SCHEMAS[body] : undefined);
      const query = parsedWith("parseQuery");
      expect(route.query, query ? `parseQuery(${query}, ...)` : "reads no query").toBe(query ? SCHEMAS[query] : undefined);
      const headers = [...source.matchAll(/\bparseHeader\([^)]*?"([\w-]+)"\s*\)/g)].map((match) => match[1]);
      expect(Object.keys(route.headers?.shape ?? {}), "headers read with parseHeader").toEqual(headers);
    },
  );

  test("names every path parameter and says which requests need the session cookie", () => {
    for (const [apiPath, operations] of Object.entries(document.paths)) {
      const names = [...apiPath.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      for (const [method, operation] of Object.entries(operations)) {
        const inPath = (operation.parameters ?? []).filter((parameter) => parameter.in === "path").map((parameter) => parameter.name);
        expect(inPath, `${method} ${apiPath}`).toEqual(names);
        const route = API_ROUTES[`${method.toUpperCase()} ${apiPath}` as keyof typeof API_ROUTES] as ApiRoute;
        expect(operation.security, `${method} ${apiPath}`).toEqual(route.access === "session" ? [{ sessionCookie: [] }] : []);
        if (route.access === "session") expect(Object.keys(operation.responses)).toContain("401");
      }
    }
    expect(document.components.securitySchemes.sessionCookie).toMatchObject({ type: "apiKey", in: "cookie" });
  });

  test("every error response is the one error shape, and every reference resolves", () => {
    const errorStatuses = Object.values(document.paths)
      .flatMap((operations) => Object.values(operations))
      .flatMap((operation) => Object.entries(operation.responses).filter(([status]) => Number(status) >= 400))
      .map(([, response]) => response.content?.["application/json"]?.schema);
    expect(new Set(errorStatuses.map((schema) => JSON.stringify(schema)))).toEqual(
      new Set([JSON.stringify({ $ref: "#/components/schemas/Error" })]),
    );
    expect(document.components.schemas.Error).toMatchObject({ required: ["error"] });

    const references = [...JSON.stringify(document).matchAll(/"\$ref":"([^"]+)"/g)].map((match) => match[1]!);
    expect(references.length).toBeGreaterThan(0);
    for (const reference of new Set(references)) {
      expect(reference).toMatch(/^#\/components\/schemas\//);
      expect(document.components.schemas, reference).toHaveProperty([reference.split("/").pop()!]);
    }
  });

  test("request bodies and query parameters come from the handlers' own zod schemas", () => {
    const save = document.paths["/assessments"]!.post!;
    expect(save.requestBody?.content["application/json"]?.schema).toMatchObject({
      required: ["ratings"],
      properties: { ratings: { items: { properties: { level: { type: "integer", minimum: 0, maximum: 5 } } } } },
    });
    expect(document.paths["/assessments"]!.get!.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "limit", in: "query", required: false, schema: expect.objectContaining({ default: 20 }) }),
      ]),
    );
    expect(document.paths["/progress"]!.get!.parameters).toEqual([expect.objectContaining({ name: "role", in: "query", required: true })]);
  });

  test("is served at GET /api/v1/openapi.json", async () => {
    const response = await expectMatchesSchema(
      "GET /openapi.json",
      await openApiRoute(new Request("http://localhost/api/v1/openapi.json"), undefined),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(document)));
  });

  test("splitRouteKey keeps a path's dots", () => {
    expect(splitRouteKey("GET /export.csv")).toEqual(["GET", "/export.csv"]);
  });
});

describe("what a client must know to retry", () => {
  const operations = Object.entries(openApiDocument().paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, { responses: Record<string, { headers?: Record<string, unknown> }> }>).map(
      ([method, operation]) => [`${method.toUpperCase()} ${path}`, operation.responses] as const,
    ),
  );

  test("every 429 and 503 says the Retry-After header it carries", () => {
    const withoutHeader = operations.flatMap(([key, responses]) =>
      ["429", "503"]
        .filter((status) => responses[status] && !responses[status]!.headers?.["Retry-After"])
        .map((status) => `${key} ${status}`),
    );
    expect(operations.some(([, responses]) => responses["429"])).toBe(true);
    expect(withoutHeader).toEqual([]);
  });

  test("a save documents the 422 a reused Idempotency-Key gets", () => {
    const save = operations.find(([key]) => key === "POST /api/v1/assessments" || key === "POST /assessments");
    expect(save?.[1]["422"]).toBeDefined();
  });
});
