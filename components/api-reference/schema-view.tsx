import type { JsonSchema } from "@/lib/schemas/openapi";

const COMPONENT_PREFIX = "#/components/schemas/";

/** Where a named shape is described on the page. */
export function shapeAnchor(name: string): string {
  return `shape-${name}`;
}

function refName(schema: JsonSchema): string | null {
  return typeof schema.$ref === "string" && schema.$ref.startsWith(COMPONENT_PREFIX) ? schema.$ref.slice(COMPONENT_PREFIX.length) : null;
}

function options(schema: JsonSchema): JsonSchema[] | null {
  const list = schema.anyOf ?? schema.oneOf;
  return Array.isArray(list) ? (list as JsonSchema[]) : null;
}

function isObject(schema: JsonSchema): boolean {
  return schema.type === "object" && (schema.properties !== undefined || schema.additionalProperties !== undefined);
}

/** A short phrase for a schema's type: "string (date-time)", "array of AssessmentSummary", "integer or null". */
export function TypeSummary({ schema }: { schema: JsonSchema }) {
  const name = refName(schema);
  if (name) return <a href={`#${shapeAnchor(name)}`}>{name}</a>;
  if (schema.const !== undefined) return <code>{JSON.stringify(schema.const)}</code>;
  if (Array.isArray(schema.enum)) {
    return (
      <>
        one of{" "}
        {schema.enum.map((value, index) => (
          <span key={String(value)}>
            {index > 0 && ", "}
            <code>{JSON.stringify(value)}</code>
          </span>
        ))}
      </>
    );
  }
  const alternatives = options(schema);
  if (alternatives) {
    return (
      <>
        {alternatives.map((option, index) => (
          <span key={index}>
            {index > 0 && " or "}
            <TypeSummary schema={option} />
          </span>
        ))}
      </>
    );
  }
  if (schema.type === "array" && schema.items && typeof schema.items === "object" && !Array.isArray(schema.items)) {
    return (
      <>
        list of <TypeSummary schema={schema.items} />
      </>
    );
  }
  const types = Array.isArray(schema.type) ? schema.type.join(" or ") : (schema.type ?? "any value");
  if (schema.type === "object" && !schema.properties && schema.additionalProperties && typeof schema.additionalProperties === "object") {
    return (
      <>
        map of string to <TypeSummary schema={schema.additionalProperties} />
      </>
    );
  }
  return <>{schema.format ? `${types} (${schema.format})` : types}</>;
}

const characters = (count: number) => `${count} character${count === 1 ? "" : "s"}`;

/** Zod's integers carry the safe-integer range as bounds; a reader learns nothing from them. */
const meaningfulBound = (bound: number | undefined): bound is number => bound !== undefined && Math.abs(bound) !== Number.MAX_SAFE_INTEGER;

/** The limits a value must respect, in words. The pattern of a formatted string (a date) adds nothing to its format. */
function constraints(schema: JsonSchema): string[] {
  const found: string[] = [];
  if (schema.minLength !== undefined) found.push(`at least ${characters(schema.minLength)}`);
  if (schema.maxLength !== undefined) found.push(`at most ${characters(schema.maxLength)}`);
  if (meaningfulBound(schema.minimum)) found.push(`≥ ${schema.minimum}`);
  if (meaningfulBound(schema.maximum)) found.push(`≤ ${schema.maximum}`);
  if (schema.maxItems !== undefined) found.push(`at most ${schema.maxItems} items`);
  if (schema.pattern !== undefined && !schema.format) found.push(`matches ${schema.pattern}`);
  if (schema.default !== undefined) found.push(`default ${JSON.stringify(schema.default)}`);
  return found;
}

/** Descriptions mark code with backticks, as OpenAPI's Markdown does. */
export function Prose({ text }: { text: string }) {
  return <>{text.split(/`([^`]+)`/).map((part, index) => (index % 2 ? <code key={index}>{part}</code> : part))}</>;
}

/** The schema whose fields are worth listing: an object, or the object inside a list or a nullable. */
function fieldsHolder(schema: JsonSchema): JsonSchema | null {
  if (isObject(schema) && schema.properties) return schema;
  if (schema.type === "array" && schema.items && typeof schema.items === "object" && !Array.isArray(schema.items)) {
    return fieldsHolder(schema.items);
  }
  const alternatives = options(schema);
  const objects = alternatives?.filter((option) => option.type !== "null") ?? [];
  return objects.length === 1 ? fieldsHolder(objects[0]!) : null;
}

function Variants({ schema }: { schema: JsonSchema }) {
  const alternatives = options(schema)?.filter((option) => isObject(option) && option.properties);
  if (!alternatives?.length) return null;
  return (
    <ol className="mt-2 space-y-2">
      {alternatives.map((option, index) => (
        <li key={index}>
          <span className="text-sm text-slate-700 dark:text-slate-300">Variant {index + 1}:</span>
          <Fields schema={option} />
        </li>
      ))}
    </ol>
  );
}

/** Each field of an object schema with its type, whether it is required, its limits and its meaning; nested objects indented. */
export function Fields({ schema }: { schema: JsonSchema }) {
  const required = new Set(schema.required ?? []);
  const properties = Object.entries(schema.properties ?? {}) as [string, JsonSchema][];
  if (!properties.length) return null;
  return (
    <ul className="mt-2 space-y-2 border-l-2 border-slate-200 pl-3 dark:border-slate-700">
      {properties.map(([name, property]) => {
        const nested = refName(property) ? null : fieldsHolder(property);
        const limits = constraints(property);
        return (
          <li key={name} className="[overflow-wrap:anywhere]">
            <code className="font-semibold">{name}</code>{" "}
            <span className="text-sm text-slate-700 dark:text-slate-300">
              <TypeSummary schema={property} />
              {required.has(name) ? ", required" : ", optional"}
              {limits.length > 0 && `; ${limits.join(", ")}`}
            </span>
            {property.description && (
              <p className="text-sm">
                <Prose text={property.description} />
              </p>
            )}
            {nested ? <Fields schema={nested} /> : <Variants schema={property} />}
          </li>
        );
      })}
    </ul>
  );
}

/** A schema as a reader needs it: its type in a phrase, then its fields or variants. */
export function SchemaView({ schema }: { schema: JsonSchema }) {
  const holder = refName(schema) ? null : fieldsHolder(schema);
  const limits = constraints(schema);
  return (
    <div className="[overflow-wrap:anywhere]">
      <p className="text-sm">
        <TypeSummary schema={schema} />
        {limits.length > 0 && `; ${limits.join(", ")}`}
      </p>
      {schema.description && (
        <p className="text-sm">
          <Prose text={schema.description} />
        </p>
      )}
      {holder ? <Fields schema={holder} /> : <Variants schema={schema} />}
    </div>
  );
}
