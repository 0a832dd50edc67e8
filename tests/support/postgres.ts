import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * The PostgreSQL server tests may use: TEST_DATABASE_URL_POSTGRES, a URL to
 * any database on it with the right to create databases (`.ci/run` starts
 * one). Unset, every PostgreSQL test is skipped.
 */
export const postgresServerUrl = process.env.TEST_DATABASE_URL_POSTGRES;

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresServerUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Creates a database of its own on the test server (empty, or a copy of `template`) and returns its URL. */
export async function createPostgresDatabase(purpose: string, template?: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!postgresServerUrl) throw new Error("TEST_DATABASE_URL_POSTGRES is not set");
  const name = `skillgap_${purpose}_${randomBytes(5).toString("hex")}`.toLowerCase().replace(/[^a-z0-9_]/g, "_");
  await onServer(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  return { url: withDatabase(postgresServerUrl, name), drop: () => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
