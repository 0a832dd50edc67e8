import type { OpenApiDocument, OpenApiOperation, OpenApiParameter } from "@/lib/schemas/openapi";
import { Prose, SchemaView, shapeAnchor } from "./schema-view";

interface Listed {
  method: string;
  path: string;
  operation: OpenApiOperation;
}

const METHOD_COLOURS: Record<string, string> = {
  GET: "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100",
  POST: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  PUT: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  PATCH: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  DELETE: "bg-rose-100 text-rose-900 dark:bg-rose-900 dark:text-rose-100",
};

function operationsByTag(document: OpenApiDocument): Map<string, Listed[]> {
  const groups = new Map<string, Listed[]>(document.tags.map((tag) => [tag.name, []]));
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      groups.get(operation.tags[0]!)?.push({ method: method.toUpperCase(), path, operation });
    }
  }
  return groups;
}

function MethodBadge({ method }: { method: string }) {
  return <span className={`rounded px-1.5 py-0.5 font-mono text-xs font-bold ${METHOD_COLOURS[method] ?? ""}`}>{method}</span>;
}

function Parameters({ parameters }: { parameters: OpenApiParameter[] }) {
  return (
    <section className="space-y-1">
      <h4 className="font-semibold">Parameters</h4>
      <ul className="space-y-2">
        {parameters.map((parameter) => (
          <li key={`${parameter.in}-${parameter.name}`} className="[overflow-wrap:anywhere]">
            <code className="font-semibold">{parameter.name}</code>{" "}
            <span className="text-sm text-slate-700 dark:text-slate-300">
              in {parameter.in}, {parameter.required ? "required" : "optional"}
            </span>
            <SchemaView schema={parameter.description ? { ...parameter.schema, description: parameter.description } : parameter.schema} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Operation({ method, path, operation, basePath }: Listed & { basePath: string }) {
  const body = operation.requestBody?.content["application/json"]?.schema;
  return (
    <article id={operation.operationId} className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <h3 className="flex flex-wrap items-center gap-2 text-lg font-semibold">
        <MethodBadge method={method} />
        <code className="[overflow-wrap:anywhere]">
          {basePath}
          {path}
        </code>
      </h3>
      <p className="font-medium">{operation.summary}</p>
      {operation.description && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          <Prose text={operation.description} />
        </p>
      )}
      <p className="text-sm">{operation.security.length ? "Needs the session cookie." : "Public: no session needed."}</p>
      {operation.parameters && <Parameters parameters={operation.parameters} />}
      {body && (
        <section className="space-y-1">
          <h4 className="font-semibold">Request body (application/json)</h4>
          <SchemaView schema={body} />
        </section>
      )}
      <section className="space-y-1">
        <h4 className="font-semibold">Responses</h4>
        <dl className="space-y-2">
          {Object.entries(operation.responses).map(([status, response]) => {
            const [contentType, content] = Object.entries(response.content ?? {})[0] ?? [];
            return (
              <div key={status}>
                <dt>
                  <code className="font-semibold">{status}</code> <Prose text={response.description} />
                </dt>
                {Object.entries(response.headers ?? {}).map(([name, header]) => (
                  <dd key={name} className="ml-4 text-sm [overflow-wrap:anywhere]">
                    Header <code>{name}</code>: <Prose text={header.description} />
                  </dd>
                ))}
                {content && (
                  <dd className="ml-4 text-sm">
                    {contentType !== "application/json" && <span>{contentType}: </span>}
                    <SchemaView schema={content.schema} />
                  </dd>
                )}
              </div>
            );
          })}
        </dl>
      </section>
    </article>
  );
}

/** The whole API, from the OpenAPI document: operations grouped by tag, then every named shape. */
export function ApiReference({ document, documentUrl }: { document: OpenApiDocument; documentUrl: string }) {
  const groups = operationsByTag(document);
  const basePath = document.servers[0]?.url ?? "";
  const session = document.components.securitySchemes.sessionCookie as { description?: string } | undefined;
  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">API reference</h1>
        <p className="max-w-3xl">
          <Prose text={document.info.description} />
        </p>
        {session?.description && <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">Sessions: {session.description}</p>}
        <p>
          The same description as an OpenAPI {document.openapi} document: <a href={documentUrl}>{documentUrl}</a>
        </p>
      </header>

      <nav aria-label="Endpoints" className="space-y-2">
        <h2 className="text-xl font-semibold">Endpoints</h2>
        <ul className="space-y-3 sm:space-y-1">
          {[...groups.values()].flat().map(({ method, path, operation }) => (
            <li key={operation.operationId} className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
              <MethodBadge method={method} />
              <a href={`#${operation.operationId}`} className="[overflow-wrap:anywhere]">
                {path}
              </a>
              <span className="w-full text-sm text-slate-700 sm:w-auto dark:text-slate-300">{operation.summary}</span>
            </li>
          ))}
        </ul>
      </nav>

      {[...groups.entries()].map(([tag, listed]) => (
        <section key={tag} aria-labelledby={`tag-${tag}`} className="space-y-4">
          <h2 id={`tag-${tag}`} className="text-2xl font-semibold">
            {tag}
          </h2>
          {listed.map((entry) => (
            <Operation key={entry.operation.operationId} {...entry} basePath={basePath} />
          ))}
        </section>
      ))}

      <section aria-labelledby="shapes" className="space-y-4">
        <h2 id="shapes" className="text-2xl font-semibold">
          Shapes
        </h2>
        {Object.entries(document.components.schemas).map(([name, schema]) => (
          <article key={name} id={shapeAnchor(name)} className="space-y-1 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <h3 className="font-mono text-lg font-semibold">{name}</h3>
            <SchemaView schema={schema} />
          </article>
        ))}
      </section>
    </div>
  );
}
