import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { createSqliteAdapter } from "@/lib/db/sqlite-adapter";

const mode = (file: string) => (statSync(file).mode & 0o777).toString(8);

test("the database's folder is private to the server's user (0700) and its files, WAL included, are 0600", async () => {
  const folder = path.join(mkdtempSync(path.join(tmpdir(), "skillgap-modes-")), "data");
  const file = path.join(folder, "skillgap.db");
  const adapter = await createSqliteAdapter(`file:${file}`).connect();
  await adapter.executeScript("CREATE TABLE note (text TEXT); INSERT INTO note VALUES ('written');");
  expect(mode(folder)).toBe("700");
  expect(mode(file)).toBe("600");
  expect(mode(`${file}-wal`)).toBe("600");
  expect(mode(`${file}-shm`)).toBe("600");
  await adapter.dispose();
});
