import "server-only";
import { pendingMigrations, pingDatabase, poolConnections } from "@/lib/db/health";

/** Liveness: the process serves and its database answers. Cheap enough for a check every few seconds. */
export async function checkHealth(): Promise<{ status: "ok" }> {
  await pingDatabase();
  return { status: "ok" };
}

export type Readiness = { status: "ready" } | { status: "not_ready"; reason: string };

/**
 * Readiness, for a load balancer deciding whether to send this server
 * traffic: the database answers, and every migration this code expects is
 * applied. Never throws: a failure is the reason it is not ready.
 */
export async function checkReadiness(): Promise<Readiness> {
  let pending: string[];
  try {
    pending = await pendingMigrations();
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n").filter(Boolean).at(-1) : String(error);
    return { status: "not_ready", reason: `The database does not answer: ${detail}` };
  }
  if (pending.length > 0) return { status: "not_ready", reason: `Migrations not applied: ${pending.join(", ")}.` };
  return { status: "ready" };
}

/** This server's PostgreSQL connections (open, idle, waiting queries), for GET /api/metrics; null on SQLite. */
export function databasePool(): { total: number; idle: number; waiting: number } | null {
  return poolConnections();
}
