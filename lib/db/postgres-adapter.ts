import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { env } from "../env";

// OIDs of Postgres's catalog string types, and of text.
const CHAR_OID = 18;
const NAME_OID = 19;
const TEXT_OID = 25;

/**
 * A pg client that reports the catalog types `char` and `name` as text.
 * @prisma/adapter-pg 6.19.3 has no column type for them and throws
 * "Column type 'name' could not be deserialized", which breaks the migration
 * engine's first catalog query (fixed upstream only in Prisma 7).
 */
class CatalogTextClient extends pg.Client {
  // @ts-expect-error pg's overloads cannot be restated in a subclass; every call still reaches pg.Client.query.
  override query(...args: unknown[]) {
    // pg.Pool passes a callback; a direct caller gets a promise.
    const callback = args.at(-1);
    if (typeof callback === "function") {
      args[args.length - 1] = (error: unknown, result: unknown) => callback(error, error ? result : reportCatalogTypesAsText(result));
    }
    const outcome = (super.query as (...a: unknown[]) => unknown)(...args);
    return outcome instanceof Promise ? outcome.then(reportCatalogTypesAsText) : outcome;
  }
}

function reportCatalogTypesAsText(result: unknown) {
  for (const field of (result as { fields?: pg.FieldDef[] } | undefined)?.fields ?? []) {
    if (field.dataTypeID === CHAR_OID || field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
}

// The app's pool, kept where GET /api/metrics can count its connections (on globalThis: route bundles are apart).
const shared = globalThis as { skillgapPool?: pg.Pool };

/** The app's adapter: a pool of DATABASE_POOL_SIZE connections, ended with the client. */
export function createPostgresAdapter(connectionString = env().DATABASE_URL!) {
  const pool = new pg.Pool({ connectionString, max: env().DATABASE_POOL_SIZE });
  shared.skillgapPool = pool;
  return new PrismaPg(pool, { disposeExternalPool: true });
}

/** The app's PostgreSQL connections now: open, of which idle, and queries waiting for one; null on SQLite. */
export function poolConnections(): { total: number; idle: number; waiting: number } | null {
  const pool = shared.skillgapPool;
  return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : null;
}

/**
 * The migration CLI's adapter. One connection, so the advisory lock the
 * engine takes is held by the connection that runs the migrations; the pool
 * lets the process exit when idle; and each script is sent whole, in one
 * query, which Postgres runs as one implicit transaction: a migration applies
 * entirely or not at all (the adapter would split it on every `;`).
 */
export function createPostgresMigrationAdapter(connectionString = env().DATABASE_URL!) {
  const factory = new PrismaPg({ connectionString, max: 1, allowExitOnIdle: true, Client: CatalogTextClient as typeof pg.Client });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const reportError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
    adapter.executeScript = async (script: string) => {
      await adapter
        .underlyingDriver()
        .query(script)
        .catch((error: unknown) => reportError(error));
    };
    return adapter;
  };
  return factory;
}
