// Vitest global set-up for the integration projects: migrates and seeds one
// template database per engine, once per run, so each test file's fresh
// database is a copy of it (a file copy on SQLite, CREATE DATABASE … TEMPLATE
// on PostgreSQL) instead of a migration run and a framework seed of its own,
// which cost seconds a file.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { releaseDbClient } from "./db-client";
import { createPostgresDatabase } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated SQLite file, or a migrated PostgreSQL database's name, that each test file copies. */
    migratedTemplate: string;
  }
}

async function migrateAndSeed(databaseUrl: string) {
  execFileSync(process.execPath, ["scripts/prepare-db.mjs"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  // The client connects to DATABASE_URL as it is when first imported: each project's set-up has a module graph of its
  // own, but outside production the client is kept on globalThis (lib/db/client.ts), so each set-up lets go of its own.
  const before = process.env.DATABASE_URL;
  process.env.DATABASE_URL = databaseUrl;
  try {
    const { seed } = await import("@/prisma/seed");
    await seed();
  } finally {
    // PostgreSQL copies a template only while nobody is connected to it.
    await releaseDbClient();
    if (before === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = before;
  }
}

export default async function migrateTemplate(project: TestProject) {
  if (project.config.env?.TEST_ENGINE === "postgres") {
    const template = await createPostgresDatabase("template");
    await migrateAndSeed(template.url);
    project.provide("migratedTemplate", new URL(template.url).pathname.slice(1));
    return () => template.drop();
  }
  const directory = mkdtempSync(path.join(tmpdir(), "skillgap-template-"));
  const file = path.join(directory, "template.db");
  await migrateAndSeed(`file:${file}`);
  project.provide("migratedTemplate", file);
  return () => rmSync(directory, { recursive: true, force: true });
}
