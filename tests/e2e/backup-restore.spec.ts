import { execFile } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { SaveLoad } from "./support/save-load";
import { incompleteAssessments, saveProblems } from "./support/saves";
import { OwnServer, ownPort } from "./support/server";

/**
 * `npm run backup` copies the live SQLite database of a
 * server while 8 clients keep saving; `npm run restore` refuses to replace
 * that database while its server runs, and puts the backup into a fresh
 * database, on which a server starts and serves every assessment acknowledged
 * before the backup began, each with the readiness frozen when it was saved.
 */
test.describe.configure({ mode: "default" });

const CLIENTS = 8;
const live = new OwnServer(ownPort(24), { trustProxy: true });
const folder = path.resolve(`data/e2e-${ownPort(24)}-backups`);
const restoredFile = path.join(folder, "restored", "skillgap.db");
const restoredServer = new OwnServer(ownPort(25), { databaseUrl: `file:${restoredFile}` });

test.afterAll(async () => {
  await live.kill("SIGTERM");
  await restoredServer.kill("SIGTERM");
  rmSync(folder, { recursive: true, force: true });
});

async function npmScript(script: "backup" | "restore", args: string[], databaseFile: string) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [`scripts/${script}.mjs`, ...args], {
      env: { ...process.env, DATABASE_URL: `file:${databaseFile}` },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

test("a backup taken under concurrent saves restores into a fresh database with every save acknowledged before it", async ({}, testInfo) => {
  test.setTimeout(240_000);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  await live.start();
  const load = await SaveLoad.create(live.url, CLIENTS);
  load.start();
  while (load.count("acknowledged") < 100) await new Promise((resolve) => setTimeout(resolve, 10));

  const before = load.acknowledged();
  const backupFile = path.join(folder, "skillgap-backup.db");
  const backup = await npmScript("backup", ["--to", backupFile], live.dbFile);
  const duringBackup = load.acknowledged().length - before.length;
  // Saves go on after the backup: the server was never stopped.
  const acknowledgedAfterBackup = load.count("acknowledged");
  while (load.count("acknowledged") < acknowledgedAfterBackup + 20) await new Promise((resolve) => setTimeout(resolve, 10));
  await load.stop();
  expect(backup.code, backup.stderr).toBe(0);
  expect(backup.stdout).toMatch(/^backup: .* -> .*skillgap-backup\.db \([\d.]+ MB, \d+ users, \d+ assessments, migrations up to \d+_\w+\)/);
  expect(load.attempts.filter((attempt) => attempt.state !== "acknowledged").map((attempt) => attempt.status)).toEqual([]);

  // Not over a database its server is using.
  const refused = await npmScript("restore", ["--from", backupFile], live.dbFile);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain(
    `restore: refused: a server (or another process) is using ${live.dbFile}: stop every server on it first.`,
  );

  // Into a fresh database: every save acknowledged before the backup began is there, whole, with its readiness.
  const restore = await npmScript("restore", ["--from", backupFile], restoredFile);
  expect(restore.code, restore.stderr).toBe(0);
  const restored = new Database(restoredFile, { readonly: true });
  let restoredCount: number;
  try {
    expect(restored.pragma("integrity_check", { simple: true })).toBe("ok");
    const missing = before.flatMap((attempt) => saveProblems(restored, attempt.save!));
    expect(missing.slice(0, 20), `${missing.length} saves acknowledged before the backup missing or changed`).toEqual([]);
    expect(incompleteAssessments(restored)).toEqual([]);
    restoredCount = restored.prepare("SELECT count(*) FROM Assessment").pluck().get() as number;
  } finally {
    restored.close();
  }
  expect(restoredCount).toBeGreaterThanOrEqual(before.length);
  expect(restoredCount).toBeLessThanOrEqual(before.length + duringBackup + CLIENTS);

  // A server starts on it and serves those saves to their owners with the readiness they were saved with.
  await restoredServer.start();
  const sample = before.filter((_, index) => index % 10 === 0);
  for (const attempt of sample) {
    const user = load.users[attempt.client]!;
    const reply = await user.client.send("GET", `/api/v1/assessments/${attempt.save!.answer.id}`);
    expect(reply.status).toBe(200);
    expect((reply.json as { readiness: Record<string, number> }).readiness).toEqual(attempt.save!.answer.readiness);
  }
  const figures = `${before.length} saves acknowledged before the backup began, all restored whole; ${duringBackup} acknowledged while it ran; ${restoredCount} assessments in the backup; ${backup.stdout.trim()}`;
  testInfo.annotations.push({ type: "figures", description: figures });
  console.log(`backup under load: ${figures}`);
});

test("restore refuses a backup made by a newer release, naming the migration this checkout lacks", async () => {
  const backupFile = path.join(folder, "skillgap-backup.db");
  const newer = path.join(folder, "newer.db");
  const copy = new Database(backupFile, { readonly: true });
  await copy.backup(newer);
  copy.close();
  const edited = new Database(newer);
  edited
    .prepare(
      "INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ('x', 'x', '99990101000000_from_the_future', 1, 1)",
    )
    .run();
  edited.close();
  const target = path.join(folder, "untouched", "skillgap.db");
  const refused = await npmScript("restore", ["--from", newer], target);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain("migrations this checkout lacks: 99990101000000_from_the_future");
});
