import { defineConfig } from "prisma/config";
import { createSqliteAdapter } from "./lib/db/sqlite-adapter";

// The JS schema engine runs migrations through the driver adapter, so the CLI
// needs no downloaded binary.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => createSqliteAdapter(),
});
