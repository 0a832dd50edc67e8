// `npm run db:copy -- --from file:./data/skillgap.db --to postgresql://...`:
// moves a SQLite database to an empty PostgreSQL database, every row with its
// id. Both are migrated first (scripts/prepare-db.mjs), so they have the same
// tables; rows are copied parents first, in one PostgreSQL transaction (all or
// nothing), then every table's count is compared. The SQLite file is only read.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";

const BATCH_ROWS = 500;
const PRISMA_TABLE = "_prisma_migrations";

const { values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" } } });
if (!values.from?.startsWith("file:") || !/^postgres(ql)?:\/\//.test(values.to ?? "")) {
  console.error("Usage: npm run db:copy -- --from file:./data/skillgap.db --to postgresql://user:password@host:5432/database");
  process.exit(2);
}

function migrate(databaseUrl) {
  const result = spawnSync(process.execPath, ["scripts/prepare-db.mjs"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Tables ordered so that every table comes after the tables its foreign keys point to. */
async function tablesParentsFirst(target) {
  const { rows: tables } = await target.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> $1`,
    [PRISMA_TABLE],
  );
  const { rows: references } = await target.query(
    `SELECT DISTINCT child.relname AS "table", parent.relname AS "parent"
     FROM pg_constraint c JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = c.confrelid
     WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace AND child.oid <> parent.oid`,
  );
  const pending = new Set(tables.map((row) => row.table_name));
  const ordered = [];
  while (pending.size > 0) {
    const ready = [...pending].filter((table) => !references.some((ref) => ref.table === table && pending.has(ref.parent)));
    if (ready.length === 0) throw new Error(`Foreign keys form a cycle among: ${[...pending].join(", ")}`);
    for (const table of ready.sort()) {
      ordered.push(table);
      pending.delete(table);
    }
  }
  return ordered;
}

/** Turns a SQLite value into what the PostgreSQL column takes. */
function converter(dataType) {
  if (dataType.startsWith("timestamp"))
    return (value) => {
      if (value === null) return null;
      // Prisma writes ISO 8601 text with its zone (or, in older files, milliseconds); SQLite's own CURRENT_TIMESTAMP is UTC without a zone.
      const instant = typeof value === "number" ? new Date(value) : new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
      // The columns are timestamp without time zone holding UTC, as Prisma writes them.
      return instant.toISOString().replace("Z", "");
    };
  if (dataType === "boolean") return (value) => (value === null ? null : Boolean(value));
  return (value) => value;
}

async function copyTable(source, target, table) {
  const { rows: columns } = await target.query(
    `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  const names = columns.map((column) => column.column_name);
  const convert = columns.map((column) => converter(column.data_type));
  const quoted = names.map((name) => `"${name}"`).join(", ");
  const select = source.prepare(`SELECT ${quoted} FROM "${table}"`).raw();
  let batch = [];
  let copied = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const placeholders = batch.map((_, row) => `(${names.map((__, column) => `$${row * names.length + column + 1}`).join(", ")})`);
    await target.query(`INSERT INTO "${table}" (${quoted}) VALUES ${placeholders.join(", ")}`, batch.flat());
    copied += batch.length;
    batch = [];
  };
  for (const row of select.iterate()) {
    batch.push(row.map((value, index) => convert[index](value)));
    if (batch.length === BATCH_ROWS) await flush();
  }
  await flush();
  return copied;
}

migrate(values.from);
migrate(values.to);
const source = new Database(path.resolve(values.from.slice("file:".length)), { readonly: true, fileMustExist: true });
const target = new pg.Client({ connectionString: values.to });
await target.connect();
try {
  const tables = await tablesParentsFirst(target);
  const occupied = [];
  for (const table of tables) if ((await target.query(`SELECT 1 FROM "${table}" LIMIT 1`)).rowCount > 0) occupied.push(table);
  if (occupied.length > 0) {
    throw new Error(`The target database is not empty (${occupied.join(", ")} have rows): copy into a new, empty database.`);
  }
  await target.query("BEGIN");
  const counts = [];
  for (const table of tables) counts.push([table, await copyTable(source, target, table)]);
  for (const [table, copied] of counts) {
    const { count } = source.prepare(`SELECT count(*) AS count FROM "${table}"`).get();
    if (count !== copied) throw new Error(`${table}: ${count} rows in SQLite, ${copied} copied`);
  }
  await target.query("COMMIT");
  for (const [table, copied] of counts) console.log(`${table.padEnd(24)} ${copied}`);
  console.log(`Copied ${counts.reduce((sum, [, copied]) => sum + copied, 0)} rows from ${values.from} to PostgreSQL.`);
} catch (error) {
  await target.query("ROLLBACK").catch(() => {});
  console.error(`db:copy: ${error.message}`);
  process.exitCode = 1;
} finally {
  await target.end();
  source.close();
}
