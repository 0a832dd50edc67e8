import { describe, expect, test } from "vitest";
import { jsonRequest, noContext, params } from "../support/http";
import { createUser, signedIn } from "../support/users";
import { allSkillsAt } from "../support/assessments";
import { GET as listRoute, POST as saveRoute } from "@/app/api/v1/assessments/route";
import { GET as getAssessmentRoute } from "@/app/api/v1/assessments/[id]/route";
import { GET as dashboardRoute } from "@/app/api/v1/dashboard/route";
import { GET as exportCsvRoute } from "@/app/api/v1/export.csv/route";
import { GET as exportRoute } from "@/app/api/v1/export/route";
import { POST as importRoute } from "@/app/api/v1/import/route";
import { GET as meRoute } from "@/app/api/v1/me/route";
import { GET as progressRoute } from "@/app/api/v1/progress/route";
import { db } from "@/lib/db/client";
import { EXPORT_FORMAT, EXPORT_VERSION } from "@/lib/schemas/assessment";
import { DEFAULT_FRAMEWORK } from "@/lib/domain/framework";

describe("per-user API answers are never cached", () => {
  test("every signed-in GET and a save carry Cache-Control: no-store, and so does a refusal", async () => {
    const user = await createUser();
    const { headers } = await signedIn(user);
    const saved = await saveRoute(jsonRequest("/api/v1/assessments", "POST", { ratings: allSkillsAt(2) }, headers), noContext);
    const { id } = await saved.clone().json();
    const responses = {
      save: saved,
      me: await meRoute(jsonRequest("/api/v1/me", "GET", undefined, headers), noContext),
      export: await exportRoute(jsonRequest("/api/v1/export", "GET", undefined, headers), noContext),
      exportCsv: await exportCsvRoute(jsonRequest("/api/v1/export.csv", "GET", undefined, headers), noContext),
      list: await listRoute(jsonRequest("/api/v1/assessments", "GET", undefined, headers), noContext),
      one: await getAssessmentRoute(jsonRequest(`/api/v1/assessments/${id}`, "GET", undefined, headers), params({ id })),
      dashboard: await dashboardRoute(jsonRequest("/api/v1/dashboard", "GET", undefined, headers), noContext),
      progress: await progressRoute(jsonRequest("/api/v1/progress?role=ml-engineer", "GET", undefined, headers), noContext),
    };
    const refused = await meRoute(jsonRequest("/api/v1/me", "GET"), noContext);
    expect(refused.status).toBe(401);
    for (const [name, response] of Object.entries({ ...responses, refused })) {
      expect([name, response.headers.get("cache-control")]).toEqual([name, "no-store"]);
      // Read to the end: an export holds one of the server's export places until its body has been read.
      await response.text();
    }
  });
});

describe("history paging", () => {
  test("imported ids containing | page one at a time, each assessment exactly once", async () => {
    const user = await createUser();
    const { headers } = await signedIn(user);
    const ids = ["a|b", "c|d|e", "|f", "g|"];
    const document = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      assessments: ids.map((id, index) => ({
        id,
        createdAt: new Date(Date.UTC(2025, 0, 1 + index)).toISOString(),
        frameworkVersion: DEFAULT_FRAMEWORK.version,
        ratings: [{ skill: "eda", level: 2 }],
      })),
    };
    expect((await importRoute(jsonRequest("/api/v1/import", "POST", document, headers), noContext)).status).toBe(200);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const page = await (await listRoute(jsonRequest(`/api/v1/assessments${query}`, "GET", undefined, headers), noContext)).json();
      expect(page.items).toHaveLength(1);
      seen.push(page.items[0].id);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
  });
});

describe("Idempotency-Key", () => {
  const save = (body: unknown, key: string, headers: { cookie: string }) =>
    saveRoute(jsonRequest("/api/v1/assessments", "POST", body, { ...headers, "idempotency-key": key }), noContext);

  test("the same key with the same body replays the first save; with another body it is refused with 422 and saves nothing", async () => {
    const user = await createUser();
    const { headers } = await signedIn(user);
    const first = await save({ ratings: [{ skill: "eda", level: 1 }] }, "key-reused-0001", headers);
    expect(first.status).toBe(201);
    const replay = await save({ ratings: [{ skill: "eda", level: 1 }] }, "key-reused-0001", headers);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect((await replay.json()).id).toBe((await first.json()).id);
    const other = await save({ ratings: [{ skill: "eda", level: 5 }] }, "key-reused-0001", headers);
    expect(other.status).toBe(422);
    expect((await other.json()).error).toMatchObject({ code: "idempotency_key_reused", fields: { "Idempotency-Key": expect.any(String) } });
    expect(await db.assessment.count({ where: { userId: user.id } })).toBe(1);
  });
});

describe("the same-origin check", () => {
  test("a foreign Origin is refused even when the client sends a matching X-Forwarded-Host (no trusted proxy configured)", async () => {
    const user = await createUser();
    const { headers } = await signedIn(user);
    const forged = { ...headers, origin: "https://evil.example", "x-forwarded-host": "evil.example" };
    const response = await saveRoute(jsonRequest("/api/v1/assessments", "POST", { ratings: allSkillsAt(1) }, forged), noContext);
    expect(response.status).toBe(403);
    expect(await db.assessment.count({ where: { userId: user.id } })).toBe(0);
  });
});
