import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { loadFramework } from "@/lib/db/framework";
import { latestAnsweredReviews, latestAssessmentsOf, listCohort, readinessReadings } from "@/lib/db/workspaces";
import { cohortAggregates, cohortSecondOpinions, readinessTrend, TREND_WEEKS, type Sharing } from "@/lib/domain/cohort";
import { validationFailed } from "@/lib/domain/errors";
import { CHOOSE_A_ROLE, findRole } from "@/lib/domain/framework";
import { DAY_MS } from "@/lib/domain/time";
import type { ProgressQuery } from "@/lib/schemas/progress";
import type { CohortMatrix, CohortTrend } from "@/lib/schemas/workspaces";
import { csvCell } from "./export-data";
import { requireMembership } from "./workspaces";

const COACHES = ["owner", "coach"] as const;

async function roleOf(slug: string) {
  const framework = await loadFramework();
  const role = findRole(framework, slug);
  if (!role) throw validationFailed({ role: CHOOSE_A_ROLE });
  const names = new Map(framework.skills.map((skill) => [skill.slug, skill.name]));
  return {
    framework,
    slug: role.slug,
    name: role.name,
    skills: role.skills.filter((skill) => skill.target > 0).map((skill) => ({ ...skill, name: names.get(skill.skill) ?? skill.skill })),
  };
}

/**
 * The cohort view for owners and coaches: each member as far as their sharing
 * allows, read on this request (a change of sharing shows on the next one),
 * and the aggregates over those who share enough, withheld below the group size.
 */
export async function getCohortMatrix(user: CurrentUser, workspaceId: string, { role: roleSlug }: ProgressQuery): Promise<CohortMatrix> {
  const { workspace } = await requireMembership(user, workspaceId, COACHES);
  const role = await roleOf(roleSlug);
  const members = await listCohort(workspaceId);
  const sharing = members.filter((member) => member.sharing !== "none");
  const levelIds = new Set(sharing.filter((member) => member.sharing === "levels").map((member) => member.userId));
  const [latest, reviews] = await Promise.all([
    latestAssessmentsOf(
      sharing.map((member) => member.userId),
      role.slug,
      levelIds,
    ),
    latestAnsweredReviews([...levelIds]),
  ]);
  // Second opinions: own latest levels (every skill, unrated as 0) beside the mentor's latest answer.
  const pairs = [...levelIds].flatMap((id) => {
    const own = latest.get(id);
    const reviewer = reviews.get(id);
    return own && reviewer ? [{ self: own.levels, reviewer }] : [];
  });

  const rows = sharing
    .map((member) => {
      const assessment = latest.get(member.userId);
      const levels =
        member.sharing === "levels" && assessment
          ? Object.fromEntries(role.skills.map((skill) => [skill.skill, assessment.levels[skill.skill] ?? 0]))
          : null;
      return {
        userId: member.userId,
        name: member.user.name || "A Skillgap user",
        sharing: member.sharing as "readiness" | "levels",
        targetRole: member.user.targetRoleSlug,
        assessedAt: assessment?.createdAt.toISOString() ?? null,
        readiness: assessment?.readiness ?? null,
        levels,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "en") || a.userId.localeCompare(b.userId));

  const aggregates = cohortAggregates(
    role.skills,
    rows.map((row) => ({ sharing: row.sharing, readiness: row.readiness, levels: row.levels })),
    workspace.minGroupSize,
  );
  const count = (level: Sharing) => members.filter((member) => member.sharing === level).length;
  return {
    workspace: { id: workspace.id, name: workspace.name, minGroupSize: workspace.minGroupSize },
    role: { slug: role.slug, name: role.name },
    counts: { members: members.length, sharingNone: count("none"), sharingReadiness: count("readiness"), sharingLevels: count("levels") },
    skills: role.skills.map(({ skill, name, target, weight }) => ({ skill, name, target, weight })),
    rows,
    aggregates: { ...aggregates, secondOpinions: cohortSecondOpinions(role.framework, role.slug, pairs, workspace.minGroupSize) },
  };
}

/** The matrix's rows as CSV: what the coach sees, nothing more; cells that a spreadsheet would run are neutralised. */
export async function getCohortMatrixCsv(user: CurrentUser, workspaceId: string, query: ProgressQuery): Promise<string> {
  const matrix = await getCohortMatrix(user, workspaceId, query);
  const header = [
    "member",
    "sharing",
    "target_role",
    "last_assessed",
    `readiness_${matrix.role.slug}`,
    ...matrix.skills.map((s) => s.skill),
  ];
  const lines = matrix.rows.map((row) =>
    [
      row.name,
      row.sharing,
      row.targetRole,
      row.assessedAt,
      row.readiness === null ? null : Math.round(row.readiness * 1000) / 10,
      ...matrix.skills.map((skill) => row.levels?.[skill.skill] ?? null),
    ]
      .map(csvCell)
      .join(","),
  );
  return [header.join(","), ...lines].join("\r\n") + "\r\n";
}

/** The cohort's median readiness for the role at the end of each of the last 26 weeks, from the stored readings. */
export async function getCohortTrend(
  user: CurrentUser,
  workspaceId: string,
  { role: roleSlug }: ProgressQuery,
  now = new Date(),
): Promise<CohortTrend> {
  const { workspace } = await requireMembership(user, workspaceId, COACHES);
  const role = await roleOf(roleSlug);
  const sharing = (await listCohort(workspaceId)).filter((member) => member.sharing !== "none").map((member) => member.userId);
  const since = new Date(now.getTime() - (TREND_WEEKS - 1) * 7 * DAY_MS);
  const readings = await readinessReadings(sharing, role.slug, since);
  return {
    role: role.slug,
    minGroupSize: workspace.minGroupSize,
    weeks: readinessTrend(readings, now, workspace.minGroupSize).map((point) => ({
      weekEnding: point.weekEnding.toISOString(),
      n: point.n,
      median: point.median,
    })),
  };
}
