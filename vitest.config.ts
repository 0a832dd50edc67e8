import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const alias = {
  "@": root,
  // Outside a React Server Components bundle the guard has nothing to guard.
  "server-only": path.join(root, "node_modules/server-only/empty.js"),
};

const integration = {
  environment: "node" as const,
  include: ["tests/integration/**/*.test.ts"],
  // Each test file gets a freshly migrated and seeded database of its own, a copy of one migrated and seeded once per run.
  globalSetup: ["tests/support/migrated-template.ts"],
  setupFiles: ["tests/support/fresh-database.ts"],
  // A worker keeps what it imported from node_modules (Prisma's clients, next-auth, Next's server code) from one test
  // file to the next, instead of loading it all again for each: over a third of Vitest's CPU (102 against 61-66 CPU-s a
  // run). The set-up file starts each test file on a fresh graph of the app's own modules and a database of its own.
  isolate: false,
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  resolve: { alias },
  test: {
    // A worker per core, not Vitest's default of one core left idle: integration tests spend much of their time waiting
    // on their database (on two cores that default ran every test file one after another).
    maxWorkers: availableParallelism(),
    // Worker threads rather than child processes: a sixth less CPU spent starting them.
    pool: "threads",
    projects: [
      // Pure functions, and the few that read the environment stub it and put it back: one module graph for all.
      { resolve: { alias }, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", isolate: false } },
      { resolve: { alias }, test: { name: "integration", ...integration } },
      // The same tests on PostgreSQL, when a server is given (npm test and .ci/run give one).
      ...(process.env.TEST_DATABASE_URL_POSTGRES
        ? [
            {
              resolve: { alias },
              test: {
                name: "integration-postgres",
                ...integration,
                // It copies a SQLite database to PostgreSQL: the SQLite project runs it. Skipped here, its file's database
                // would be made and never dropped (a file whose tests are all skipped runs no afterAll).
                exclude: ["tests/integration/db-copy.test.ts"],
                env: { TEST_ENGINE: "postgres" },
              },
            },
          ]
        : []),
    ],
  },
});
