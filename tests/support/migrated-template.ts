// Vitest global set-up for the integration projects: migrates one template
// database per engine, once per run, so each test file's fresh database is a
// copy of it (a file copy on SQLite, CREATE DATABASE … TEMPLATE on
// PostgreSQL) instead of a migration run of its own, which cost seconds a file.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createPostgresDatabase } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated SQLite file, or a migrated PostgreSQL database's name, that each test file copies. */
    migratedTemplate: string;
  }
}

function migrate(databaseUrl: string) {
  execFileSync(process.execPath, ["scripts/prepare-db.mjs"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
}

export default async function migrateTemplate(project: TestProject) {
  if (project.config.env?.TEST_ENGINE === "postgres") {
    const template = await createPostgresDatabase("template");
    migrate(template.url);
    project.provide("migratedTemplate", new URL(template.url).pathname.slice(1));
    return () => template.drop();
  }
  const directory = mkdtempSync(path.join(tmpdir(), "skillgap-template-"));
  const file = path.join(directory, "template.db");
  migrate(`file:${file}`);
  project.provide("migratedTemplate", file);
  return () => rmSync(directory, { recursive: true, force: true });
}
