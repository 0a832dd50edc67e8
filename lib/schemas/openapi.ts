import { z } from "zod";
import { API_ROUTES, type ApiRoute, type ErrorStatus } from "./api-routes";
import { errorBodySchema } from "./errors";

export type JsonSchema = z.core.JSONSchema.BaseSchema;

export interface OpenApiParameter {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

export interface OpenApiResponse {
  description: string;
  headers?: Record<string, { description: string; schema: JsonSchema }>;
  content?: Record<string, { schema: JsonSchema }>;
}

export interface OpenApiOperation {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  security: Record<string, string[]>[];
  parameters?: OpenApiParameter[];
  requestBody?: { required: true; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, OpenApiResponse>;
}

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  tags: { name: string }[];
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, unknown> };
}

export const API_BASE_PATH = "/api/v1";
const SESSION_SCHEME = "sessionCookie";
const COMPONENT_PREFIX = "#/components/schemas/";

const ERROR_DESCRIPTIONS: Record<ErrorStatus, string> = {
  400: "Bad input (validation_failed): `fields` names each field at fault. Nothing was written.",
  401: "No valid session (unauthorized): sign in first.",
  403: "A browser request from another origin (forbidden_origin).",
  404: "Not found, or not yours (not_found).",
  409: "Conflicts with the current state (conflict).",
  410: "No longer valid (gone).",
  411: "The body was sent without a Content-Length header, chunked (length_required).",
  413: "The body is over the route's size limit (payload_too_large): 64 KB on the routes used without signing in, 5 MB for an import, 1 MB otherwise. A declared Content-Length over it is refused before the body is read.",
  415: "The body is not application/json (unsupported_media_type).",
  422: "This Idempotency-Key was used for a different request (idempotency_key_reused): use a new key for a different request.",
  429: "Too many attempts (too_many_requests): try again later.",
  500: "Something went wrong on our side (internal_error); nothing about it is disclosed.",
  503: "The server is busy with as many of these as it runs at once (server_busy): try again after Retry-After seconds.",
};

const RETRY_AFTER = { description: "Seconds to wait before trying again.", schema: { type: "string" as const } };

/** The error statuses a route can answer with, beyond those it lists, from what it takes. */
function impliedErrors(route: ApiRoute): ErrorStatus[] {
  return [
    ...(route.access === "session" ? ([401] as const) : []),
    ...(route.body ? ([400, 403, 411, 413, 415] as const) : []),
    ...(route.query || route.params || route.headers ? ([400] as const) : []),
    500,
  ];
}

export function errorStatusesOf(route: ApiRoute): ErrorStatus[] {
  return [...new Set([...impliedErrors(route), ...(route.errors ?? [])])].sort((a, b) => a - b);
}

/** "GET /assessments/{id}" -> ["GET", "/assessments/{id}"] */
export function splitRouteKey(key: string): [method: string, path: string] {
  const [method, path] = key.split(" ");
  return [method!, path!];
}

function operationId(method: string, path: string): string {
  const words = path.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return [method.toLowerCase(), ...words.map((word) => word[0]!.toUpperCase() + word.slice(1))].join("");
}

/**
 * Converts zod schemas to JSON Schema, moving every schema named with
 * `.meta({ id })` into components.schemas and pointing at it from where it
 * is used. A request (input) shape that differs from the response (output)
 * shape of the same name, as a default or a coercion makes it, gets its own
 * `...Input` component.
 */
class SchemaCollector {
  readonly components: Record<string, JsonSchema> = {};
  private readonly outputNames = new Set<string>();

  convert(schema: z.ZodType, io: "input" | "output"): JsonSchema {
    const { $defs = {}, $schema: _dialect, ...root } = z.toJSONSchema(schema, { io, target: "draft-2020-12" });
    const names = new Map<string, string>();
    for (const [id, definition] of Object.entries($defs)) names.set(id, this.place(id, definition, io));
    const rename = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(rename);
      if (value === null || typeof value !== "object") return value;
      return Object.fromEntries(
        Object.entries(value).map(([key, inner]) =>
          key === "$ref" && typeof inner === "string" && inner.startsWith("#/$defs/")
            ? [key, COMPONENT_PREFIX + names.get(inner.slice("#/$defs/".length))]
            : [key, rename(inner)],
        ),
      );
    };
    for (const name of new Set(names.values())) this.components[name] = rename(this.components[name]) as JsonSchema;
    return rename(root) as JsonSchema;
  }

  private place(id: string, definition: JsonSchema, io: "input" | "output"): string {
    if (io === "output") {
      this.outputNames.add(id);
      this.components[id] = definition;
      return id;
    }
    const existing = this.components[id];
    const sameAsOutput = existing !== undefined && JSON.stringify(existing) === JSON.stringify(definition);
    const name = this.outputNames.has(id) && !sameAsOutput ? `${id}Input` : id;
    this.components[name] = definition;
    return name;
  }
}

function parametersOf(collector: SchemaCollector, location: OpenApiParameter["in"], schema: z.ZodObject | undefined): OpenApiParameter[] {
  if (!schema) return [];
  const object = collector.convert(schema, "input");
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property as JsonSchema;
    return {
      name,
      in: location,
      required: location === "path" || required.has(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

/** `{slug}` segments the route names but gives no schema for are plain strings. */
function pathParameters(collector: SchemaCollector, path: string, schema: z.ZodObject | undefined): OpenApiParameter[] {
  const described = parametersOf(collector, "path", schema);
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  return names.map(
    (name) => described.find((parameter) => parameter.name === name) ?? { name, in: "path", required: true, schema: { type: "string" } },
  );
}

function operation(collector: SchemaCollector, key: string, route: ApiRoute): OpenApiOperation {
  const [method, path] = splitRouteKey(key);
  const parameters = [
    ...pathParameters(collector, path, route.params),
    ...parametersOf(collector, "query", route.query),
    ...parametersOf(collector, "header", route.headers),
  ];
  const responses: Record<string, OpenApiResponse> = {};
  for (const [status, response] of Object.entries(route.responses) as [string, ApiRoute["responses"][200]][]) {
    if (!response) continue;
    responses[status] = {
      description: response.description,
      ...(response.headers
        ? {
            headers: Object.fromEntries(
              Object.entries(response.headers).map(([name, description]) => [name, { description, schema: { type: "string" } }]),
            ),
          }
        : {}),
      ...(response.body
        ? { content: { [response.contentType ?? "application/json"]: { schema: collector.convert(response.body, "output") } } }
        : {}),
    };
  }
  const errorSchema = collector.convert(errorBodySchema, "output");
  for (const status of errorStatusesOf(route)) {
    responses[status] = {
      description: ERROR_DESCRIPTIONS[status],
      ...(status === 429 || status === 503 ? { headers: { "Retry-After": RETRY_AFTER } } : {}),
      content: { "application/json": { schema: errorSchema } },
    };
  }
  return {
    operationId: operationId(method, path),
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    security: route.access === "session" ? [{ [SESSION_SCHEME]: [] }] : [],
    ...(parameters.length ? { parameters } : {}),
    ...(route.body
      ? { requestBody: { required: true, content: { "application/json": { schema: collector.convert(route.body, "input") } } } }
      : {}),
    responses,
  };
}

function buildDocument(): OpenApiDocument {
  const collector = new SchemaCollector();
  const entries = Object.entries(API_ROUTES) as [string, ApiRoute][];
  // Responses first, so each named shape's plain name is its response form.
  for (const [, route] of entries)
    for (const response of Object.values(route.responses)) if (response?.body) collector.convert(response.body, "output");
  const paths: OpenApiDocument["paths"] = {};
  for (const [key, route] of entries) {
    const [method, path] = splitRouteKey(key);
    (paths[path] ??= {})[method.toLowerCase()] = operation(collector, key, route);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Skillgap API",
      version: "1",
      description:
        "JSON in and out. Errors are `{ error: { code, message, fields? } }`. Bad input gets a 4xx naming the field at fault and writes nothing; another user's id is a 404.",
    },
    servers: [{ url: API_BASE_PATH }],
    tags: [...new Set(entries.map(([, route]) => route.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(collector.components).sort(([a], [b]) => a.localeCompare(b))),
      securitySchemes: {
        [SESSION_SCHEME]: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description:
            "The session cookie set by signing in (next-auth's credentials sign-in at /api/auth/callback/credentials). Over HTTPS it is named __Secure-next-auth.session-token.",
        },
      },
    },
  };
}

let built: OpenApiDocument | undefined;

/** The document is the same for the life of the process: built once, on first use. */
export function openApiDocument(): OpenApiDocument {
  built ??= buildDocument();
  return built;
}
