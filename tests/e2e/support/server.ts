import { execFile, spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { SERVER_ENV, SERVER_NODE_FLAGS } from "../../../scripts/server-node-flags.mjs";

/**
 * The secret scripts/serve-e2e.mjs gives the shared e2e server, so token tests
 * can mint cookies it accepts (sessions.spec.ts checks that a token minted
 * with it works before it checks what must be refused, so a drift shows).
 */
export const E2E_SECRET = "e2e-only-secret-not-for-production-0123456789";

/** The shared e2e server's port (playwright.config.ts reads the same variable). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

/** The suite's server's freshly migrated, empty SQLite file (scripts/serve-e2e.mjs writes it). */
const MIGRATED_TEMPLATE = path.resolve(`data/e2e-${E2E_PORT}/migrated-template.db`);

/**
 * A spec that needs a server of its own (a database nobody else writes to, or
 * a process it may kill) takes the port E2E_PORT + offset, so two checkouts
 * testing side by side with different E2E_PORTs never collide. Offsets in use:
 * 10 bad-input.spec.ts, 11 concurrent-saves.spec.ts, 12 interrupted-saves.spec.ts, 13 sign-out-origin.spec.ts,
 * 15 and 16 two-servers.spec.ts, 17 and 18 concurrent-start.spec.ts, 21 account-recovery.spec.ts,
 * 22 server-restarts.spec.ts, 23 graceful-shutdown.spec.ts, 24 and 25 backup-restore.spec.ts, 26 and 27 logs-and-metrics.spec.ts,
 * 28 heavy-requests.spec.ts;
 * npm test's PostgreSQL pass runs with E2E_PORT + 30 beside the SQLite pass (scripts/test.mjs).
 */
export function ownPort(offset: number): number {
  return E2E_PORT + offset;
}

/**
 * A production server (`next start` on the build `npm test` made) on a fresh
 * SQLite file of its own, or on a PostgreSQL database it is given, started
 * the way `npm start` does: migrations first, then the server, which seeds
 * the framework.
 */
export class OwnServer {
  readonly url: string;
  readonly dbFile: string;
  readonly databaseUrl: string;
  /** Everything the server wrote to stderr, across restarts. */
  stderr = "";
  /** Everything the server wrote to stdout (its log: a reset link without SMTP_URL, say), across restarts. */
  stdout = "";
  private child: ChildProcess | null = null;

  /**
   * `nextAuthUrl: false` starts it as the README's default does, with NEXTAUTH_URL unset;
   * `databaseUrl` runs it on a database it shares (a PostgreSQL database, or another server's SQLite file);
   * `trustProxy` starts it as behind a proxy (TRUST_PROXY): the spec's clients, like the proxy's, each have their own address;
   * `supervised` runs it as `npm start` does after building, under scripts/serve.mjs, which restarts it and drains it;
   * `env` adds variables of the spec's own.
   */
  constructor(
    readonly port: number,
    private readonly options: {
      nextAuthUrl?: boolean;
      databaseUrl?: string;
      trustProxy?: boolean;
      supervised?: boolean;
      env?: Record<string, string>;
    } = {},
  ) {
    this.url = `http://127.0.0.1:${port}`;
    this.dbFile = options.databaseUrl?.startsWith("file:")
      ? options.databaseUrl.slice("file:".length)
      : path.resolve(`data/e2e-${port}/skillgap.db`);
    this.databaseUrl = options.databaseUrl ?? `file:${this.dbFile}`;
  }

  private get env(): NodeJS.ProcessEnv {
    const { NEXTAUTH_URL: _inherited, ...inherited } = process.env;
    return {
      ...inherited,
      NODE_ENV: "production",
      DATABASE_URL: this.databaseUrl,
      ...(this.options.nextAuthUrl === false ? {} : { NEXTAUTH_URL: this.url }),
      NEXTAUTH_SECRET: E2E_SECRET,
      NEXT_TELEMETRY_DISABLED: "1",
      ...SERVER_ENV,
      ...(this.options.trustProxy ? { TRUST_PROXY: "1" } : {}),
      ...this.options.env,
    };
  }

  /**
   * Starts on a brand-new SQLite file of its own, or on the database it was given as it is. The new file is a copy of
   * the one the suite's server migrated when there is one (scripts/serve-e2e.mjs): the start-up migration check
   * still runs, and finds every migration applied; concurrent-start.spec.ts starts servers on empty files.
   */
  async start(): Promise<this> {
    if (!this.options.databaseUrl) {
      rmSync(path.dirname(this.dbFile), { recursive: true, force: true });
      if (existsSync(MIGRATED_TEMPLATE)) {
        mkdirSync(path.dirname(this.dbFile), { recursive: true });
        copyFileSync(MIGRATED_TEMPLATE, this.dbFile);
      }
    }
    return this.restart();
  }

  /** Starts again on the database as it is (after a kill, say). */
  async restart(): Promise<this> {
    if (await this.answers()) throw new Error(`Something already listens on port ${this.port}: stop it, or choose another E2E_PORT.`);
    // Asynchronously, so servers started together also migrate together.
    await promisify(execFile)(process.execPath, ["scripts/prepare-db.mjs"], { env: this.env });
    // Its own process group, so a kill reaches every process it may spawn.
    const child = spawn(
      process.execPath,
      // With the production server's heap ceiling: what exhausts it here would bring down `npm start` too.
      this.options.supervised
        ? ["scripts/serve.mjs"]
        : [...SERVER_NODE_FLAGS, "node_modules/next/dist/bin/next", "start", "--port", String(this.port), "--hostname", "127.0.0.1"],
      {
        // Supervised, it listens where npm start would: on loopback with TRUST_PROXY, else on every interface.
        env: { ...this.env, ...(this.options.supervised ? { PORT: String(this.port) } : {}) },
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    child.stdout!.on("data", (chunk: Buffer) => (this.stdout += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.child = child;
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`The server on ${this.port} exited with ${child.exitCode}:\n${this.stderr}`);
      try {
        if ((await fetch(`${this.url}/api/health`)).ok) return this;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) throw new Error(`The server on ${this.port} did not become healthy:\n${this.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  private async answers(): Promise<boolean> {
    try {
      await fetch(`${this.url}/api/health`, { signal: AbortSignal.timeout(2000) });
      return true;
    } catch {
      return false;
    }
  }

  /** True while the server process has not exited. */
  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The process ids of the next-servers a supervised server started, in order (scripts/serve.mjs logs each). */
  serverPids(): number[] {
    return [...this.stderr.matchAll(/server started, pid (\d+)/g)].map((match) => Number(match[1]));
  }

  /** Sends the signal to the server's process group and waits until it has gone; what it ended with. */
  async kill(signal: NodeJS.Signals = "SIGTERM"): Promise<{ code: number | null; signal: NodeJS.Signals | null } | undefined> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once("exit", (code, signal) => resolve({ code, signal })),
    );
    try {
      process.kill(-child.pid!, signal);
    } catch {
      child.kill(signal);
    }
    const ended = await exited;
    this.child = null;
    return ended;
  }

  /** A read-only look at the server's database (WAL: it sees every committed write). */
  openDatabase(): Database.Database {
    return new Database(this.dbFile, { readonly: true, fileMustExist: true });
  }
}

/** Every application table (Prisma's bookkeeping aside) and its row count. */
export function rowCounts(db: Database.Database): Record<string, number> {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const select = tables.map((table) => `(SELECT count(*) FROM "${table}") AS "${table}"`).join(", ");
  return db.prepare(`SELECT ${select}`).get() as Record<string, number>;
}
