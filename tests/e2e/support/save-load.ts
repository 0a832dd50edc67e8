import { randomUUID } from "node:crypto";
import type Database from "better-sqlite3";
import { newUser, type Client } from "./api";
import { ratingsFor, saveProblems, type SentSave } from "./saves";

export interface Attempt {
  client: number;
  note: string;
  ratings: { skill: string; level: number }[];
  /** sent: no answer yet; lost: the connection failed, so the save may or may not have been written. */
  state: "sent" | "acknowledged" | "refused" | "lost";
  status?: number;
  save?: SentSave;
}

/**
 * Clients of their own, each saving full assessments one after another until
 * stopped, recording every attempt and how it ended. A client whose request
 * fails (the server is down) waits a little and goes on, so saves resume by
 * themselves when a server answers again.
 */
export class SaveLoad {
  readonly attempts: Attempt[] = [];
  private running = false;
  private loops: Promise<void>[] = [];

  private constructor(readonly users: { client: Client; userId: string }[]) {}

  static async create(baseUrl: string, clients: number): Promise<SaveLoad> {
    const users = await Promise.all(
      Array.from({ length: clients }, async (_, index) => {
        const { client } = await newUser(baseUrl, `load-${index}`);
        const userId = ((await client.send("GET", "/api/v1/me")).json as { id: string }).id;
        return { client, userId };
      }),
    );
    return new SaveLoad(users);
  }

  /** Starts every client; `each` limits the saves per client (unlimited by default). */
  start(each = Infinity): this {
    this.running = true;
    const run = randomUUID().slice(0, 8);
    this.loops = this.users.map(async ({ client, userId }, c) => {
      for (let n = 0; this.running && n < each; n++) {
        const attempt: Attempt = { client: c, note: `${run} client ${c}, save ${n}`, ratings: ratingsFor(c, n), state: "sent" };
        this.attempts.push(attempt);
        try {
          const reply = await client.send("POST", "/api/v1/assessments", { json: { ratings: attempt.ratings, note: attempt.note } });
          attempt.status = reply.status;
          if (reply.status === 201) {
            attempt.state = "acknowledged";
            attempt.save = { userId, note: attempt.note, ratings: attempt.ratings, answer: reply.json as SentSave["answer"] };
          } else attempt.state = "refused";
        } catch {
          attempt.state = "lost";
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    });
    return this;
  }

  /** Stops starting saves and waits for those in flight to end. */
  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  /** Waits until all clients have ended by themselves (after `start(each)`). */
  async finished(): Promise<void> {
    await Promise.all(this.loops);
  }

  count(state: Attempt["state"]): number {
    return this.attempts.filter((attempt) => attempt.state === state).length;
  }

  acknowledged(): Attempt[] {
    return this.attempts.filter((attempt) => attempt.state === "acknowledged");
  }

  /** Acknowledged saves missing or incomplete in the database. */
  missing(db: Database.Database): string[] {
    return this.acknowledged().flatMap((attempt) => saveProblems(db, attempt.save!));
  }

  /**
   * Saves whose answer never came (the connection died), which the database
   * holds other than whole: each must be there with exactly its ratings, or
   * absent.
   */
  halfWritten(db: Database.Database): string[] {
    const find = db.prepare("SELECT id FROM Assessment WHERE note = ?").pluck();
    const ratings = db.prepare("SELECT count(*) FROM Rating WHERE assessmentId = ?").pluck();
    const readiness = db.prepare("SELECT count(*) FROM RoleReadiness WHERE assessmentId = ?").pluck();
    return this.attempts
      .filter((attempt) => attempt.state === "lost" || attempt.state === "sent")
      .flatMap((attempt) => {
        const ids = find.all(attempt.note) as string[];
        if (ids.length > 1) return [`${attempt.note}: stored ${ids.length} times`];
        if (ids.length === 0) return [];
        const id = ids[0]!;
        return ratings.get(id) === attempt.ratings.length && readiness.get(id) === 3 ? [] : [`${attempt.note}: incomplete`];
      });
  }
}
