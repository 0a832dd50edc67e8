import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * The app's routes, read from the app/ folder the way Next maps it: a
 * page.tsx is a page, a route.ts a route handler with the HTTP methods it
 * exports. Specs derive their lists from here, so a new route that no spec
 * knows about makes them fail until someone decides what it should answer.
 */
export interface DiscoveredRoute {
  /** The route as Next names it, e.g. "/api/v1/assessments/[id]". */
  route: string;
  kind: "page" | "api";
  /** For route handlers, the methods exported; a page answers GET. */
  methods: string[];
  file: string;
}

const APP = path.resolve("app");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function* walk(directory: string): Generator<string> {
  for (const name of readdirSync(directory).sort()) {
    const entry = path.join(directory, name);
    if (statSync(entry).isDirectory()) yield* walk(entry);
    else yield entry;
  }
}

function routeOf(file: string): string {
  const segments = path
    .relative(APP, path.dirname(file))
    .split(path.sep)
    .filter((segment) => segment && !/^\(.*\)$/.test(segment) && !segment.startsWith("@"));
  return "/" + segments.join("/");
}

export function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const method of METHODS) {
    if (new RegExp(`export\\s+(const|let|var|async\\s+function|function)\\s+${method}\\b`).test(source)) found.add(method);
    if (new RegExp(`export\\s*\\{[^}]*\\bas\\s+${method}\\b[^}]*\\}`).test(source)) found.add(method);
    if (new RegExp(`export\\s*\\{[^}]*(^|[\\s,{])${method}\\s*[,}]`).test(source)) found.add(method);
  }
  return METHODS.filter((method) => found.has(method));
}

export function discoverRoutes(): DiscoveredRoute[] {
  const routes: DiscoveredRoute[] = [];
  for (const file of walk(APP)) {
    const name = path.basename(file);
    if (/^page\.(tsx|ts|jsx|js)$/.test(name)) routes.push({ route: routeOf(file), kind: "page", methods: ["GET"], file });
    if (/^route\.(ts|js)$/.test(name))
      routes.push({ route: routeOf(file), kind: "api", methods: exportedMethods(readFileSync(file, "utf8")), file });
  }
  return routes;
}

/** "GET /api/v1/me" for every method of every route, pages as GET. */
export function discoveredEndpoints(): string[] {
  return discoverRoutes().flatMap(({ route, methods }) => methods.map((method) => `${method} ${route}`));
}
