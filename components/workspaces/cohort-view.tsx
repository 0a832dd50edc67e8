"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useMemo, useState } from "react";
import { api } from "@/components/api-client";
import { formatDate, formatReadiness } from "@/components/format";
import { Card } from "@/components/ui/card";
import { Field, SelectField } from "@/components/ui/field";
import { rowClass, Table, tdClass, thClass } from "@/components/ui/table";
import { READINESS_BANDS } from "@/lib/domain/cohort";
import { DAY_MS } from "@/lib/domain/time";
import type { CohortMatrix, CohortTrend } from "@/lib/schemas/workspaces";

type Row = CohortMatrix["rows"][number];

/** A level against the target: met, one short, or further. The number is always in the cell, so colour is never the only cue. */
function cellTone(level: number, target: number): { className: string; words: string } {
  if (level >= target) return { className: "bg-success-soft text-success-ink", words: "meets the target" };
  if (target - level === 1) return { className: "bg-warning-soft text-warning-ink", words: "one level short" };
  return { className: "bg-danger-soft text-danger-ink", words: `${target - level} levels short` };
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** The cohort against one role: heat map of members by skills, group figures or why they are withheld, who needs a nudge, the trend. */
export function CohortView({
  workspaceId,
  roles,
  initialRole,
}: {
  workspaceId: string;
  roles: { slug: string; name: string }[];
  initialRole: string;
}) {
  const [role, setRole] = useState(initialRole);
  const [sortBy, setSortBy] = useState("name");
  const [filter, setFilter] = useState("");
  const [onlySkill, setOnlySkill] = useState("all");
  const [staleDays, setStaleDays] = useState(30);
  const matrix = useQuery({
    queryKey: ["cohort-matrix", workspaceId, role],
    queryFn: () => api<CohortMatrix>(`/api/v1/workspaces/${workspaceId}/matrix?role=${role}`),
  });
  const trend = useQuery({
    queryKey: ["cohort-trend", workspaceId, role],
    queryFn: () => api<CohortTrend>(`/api/v1/workspaces/${workspaceId}/trend?role=${role}`),
  });
  const data = matrix.data;

  const rows = useMemo(() => {
    if (!data) return [];
    const needle = filter.trim().toLowerCase();
    const kept = data.rows.filter((row) => !needle || row.name.toLowerCase().includes(needle));
    const value = (row: Row) => (sortBy === "readiness" ? row.readiness : (row.levels?.[sortBy] ?? null));
    return sortBy === "name"
      ? kept
      : // Highest first; members with no figure (not shared or not assessed) last.
        [...kept].sort((a, b) => (value(b) ?? -1) - (value(a) ?? -1) || a.name.localeCompare(b.name, "en"));
  }, [data, filter, sortBy]);

  const shownSkills = data ? data.skills.filter((skill) => onlySkill === "all" || skill.skill === onlySkill) : [];
  // Measured from when the rows were loaded: the figure a coach reads is as of that moment.
  const stale = data
    ? data.rows.filter((row) => !row.assessedAt || matrix.dataUpdatedAt - Date.parse(row.assessedAt) > staleDays * DAY_MS)
    : [];

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end gap-4">
        <SelectField label="Role" value={role} onChange={(event) => setRole(event.target.value)}>
          {roles.map((option) => (
            <option key={option.slug} value={option.slug}>
              {option.name}
            </option>
          ))}
        </SelectField>
        <a href={`/api/v1/workspaces/${workspaceId}/matrix.csv?role=${role}`} className="pb-2 text-sm" download>
          Download these rows as CSV
        </a>
      </div>
      {matrix.isError && <p role="alert">{matrix.error.message}</p>}
      {data && (
        <>
          <p className="text-sm" data-testid="sharing-counts">
            {data.counts.members} {data.counts.members === 1 ? "member" : "members"}: {data.counts.sharingLevels} share readiness and
            levels, {data.counts.sharingReadiness} share readiness only, {data.counts.sharingNone} share nothing (counted here, never
            shown).
          </p>
          <Card
            title={`Members against ${data.role.name}`}
            description="Each cell is a member's level; its colour says how it stands against the role's target."
          >
            <div className="flex flex-wrap items-end gap-4">
              <Field label="Find a member" value={filter} onChange={(event) => setFilter(event.target.value)} type="search" />
              <SelectField label="Sort by" value={sortBy} onChange={(event) => setSortBy(event.target.value)}>
                <option value="name">Name</option>
                <option value="readiness">Readiness</option>
                {data.skills.map((skill) => (
                  <option key={skill.skill} value={skill.skill}>
                    {skill.name}
                  </option>
                ))}
              </SelectField>
              <SelectField label="Skills shown" value={onlySkill} onChange={(event) => setOnlySkill(event.target.value)}>
                <option value="all">All {data.skills.length} skills</option>
                {data.skills.map((skill) => (
                  <option key={skill.skill} value={skill.skill}>
                    {skill.name}
                  </option>
                ))}
              </SelectField>
            </div>
            <Legend />
            {rows.length === 0 ? (
              <p className="text-sm">No member shares anything yet{filter ? " under that name" : ""}.</p>
            ) : (
              <Table caption={`Members by skill for ${data.role.name}`} hideCaption minWidth={onlySkill === "all" ? "60rem" : undefined}>
                <thead>
                  <tr className={rowClass}>
                    <th scope="col" className={thClass}>
                      Member
                    </th>
                    <th scope="col" className={thClass}>
                      Readiness
                    </th>
                    {shownSkills.map((skill) => (
                      <th key={skill.skill} scope="col" className={`${thClass} min-w-16`} title={skill.name}>
                        <span className="block normal-case">{skill.name}</span>
                        <span className="block font-normal normal-case">target {skill.target}</span>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.userId} className={rowClass}>
                      <th scope="row" className={`${tdClass} text-left font-semibold break-words`}>
                        {row.name}
                        <span className="block text-xs font-normal text-muted">
                          {row.assessedAt ? `assessed ${formatDate(row.assessedAt)}` : "not assessed yet"}
                        </span>
                      </th>
                      <td className={tdClass}>{row.readiness === null ? "—" : formatReadiness(row.readiness)}</td>
                      {shownSkills.map((skill) => {
                        const level = row.levels?.[skill.skill];
                        if (level === undefined)
                          return (
                            <td key={skill.skill} className={`${tdClass} relative text-center text-muted`}>
                              <span aria-hidden="true">·</span>
                              <span className="sr-only">{row.sharing === "levels" ? "not assessed" : "not shared"}</span>
                            </td>
                          );
                        const tone = cellTone(level, skill.target);
                        // Cells are relative: their visually hidden words are placed absolutely, and would otherwise widen the page
                        // past the table's own scrolling box.
                        return (
                          <td key={skill.skill} className={`${tdClass} relative text-center font-semibold ${tone.className}`}>
                            {level}
                            <span className="sr-only">, {tone.words}</span>
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
          </Card>
          <GroupFigures data={data} />
          <Card title="Who may need a nudge" description="Sharing members who have not assessed in the last N days.">
            <Field
              label="Days"
              type="number"
              min={1}
              max={365}
              value={staleDays}
              onChange={(event) => setStaleDays(Math.max(1, Number(event.target.value) || 1))}
              className="max-w-28"
            />
            {stale.length === 0 ? (
              <p className="text-sm">Everyone who shares has assessed in the last {staleDays} days.</p>
            ) : (
              <ul className="list-disc pl-5 text-sm" aria-label="Not assessed recently">
                {stale.map((row) => (
                  <li key={row.userId}>
                    {row.name}: {row.assessedAt ? `last assessed ${formatDate(row.assessedAt)}` : "has not assessed yet"}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </>
      )}
      {trend.data && <TrendCard trend={trend.data} roleName={roles.find((option) => option.slug === role)?.name ?? role} />}
    </div>
  );
}

function Legend() {
  return (
    <ul className="flex flex-wrap gap-2 text-xs" aria-label="Colour key">
      <li className="rounded bg-success-soft px-2 py-1 text-success-ink">At or above target</li>
      <li className="rounded bg-warning-soft px-2 py-1 text-warning-ink">One level short</li>
      <li className="rounded bg-danger-soft px-2 py-1 text-danger-ink">Two or more short</li>
      <li className="rounded bg-subtle px-2 py-1">· not shared or not assessed</li>
    </ul>
  );
}

function GroupFigures({ data }: { data: CohortMatrix }) {
  const { levels, readiness, secondOpinions } = data.aggregates;
  const names = new Map(data.skills.map((skill) => [skill.skill, skill]));
  return (
    <Card
      title="Group figures"
      description={`Over the members who share enough and have assessed; hidden below this workspace's group size of ${data.workspace.minGroupSize}.`}
    >
      <h3 className="font-semibold">Readiness</h3>
      {"reason" in readiness ? (
        <p className="text-sm" data-testid="readiness-withheld">
          {readiness.reason}
        </p>
      ) : (
        <div className="space-y-1 text-sm">
          <p>
            Median readiness {formatReadiness(readiness.median)} over {readiness.n} members.
          </p>
          <ul className="flex flex-wrap gap-x-4" aria-label="Readiness distribution">
            {READINESS_BANDS.map(([from, to], band) => (
              <li key={band}>
                {percent(from)}–{percent(to)}: {readiness.distribution[band]}
              </li>
            ))}
          </ul>
        </div>
      )}
      <h3 className="font-semibold">Skills</h3>
      {"reason" in levels ? (
        <p className="text-sm" data-testid="levels-withheld">
          {levels.reason}
        </p>
      ) : (
        <Table caption={`Skill figures over ${levels.n} members`} minWidth="36rem">
          <thead>
            <tr className={rowClass}>
              <th scope="col" className={thClass}>
                Skill
              </th>
              <th scope="col" className={thClass}>
                Target (weight)
              </th>
              <th scope="col" className={thClass}>
                At target
              </th>
              <th scope="col" className={thClass}>
                Median
              </th>
              <th scope="col" className={thClass}>
                Members at levels 0 to 5
              </th>
            </tr>
          </thead>
          <tbody>
            {levels.skills.map((skill) => (
              <tr key={skill.skill} className={rowClass}>
                <th scope="row" className={`${tdClass} text-left font-normal`}>
                  {names.get(skill.skill)?.name}
                </th>
                <td className={tdClass}>
                  {names.get(skill.skill)?.target} ({names.get(skill.skill)?.weight})
                </td>
                <td className={tdClass}>
                  {skill.met} of {levels.n} ({percent(skill.coverage)})
                </td>
                <td className={tdClass}>{skill.median}</td>
                <td className={`${tdClass} font-mono text-xs`}>{skill.distribution.join(" · ")}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <h3 className="font-semibold">Self-ratings beside mentors</h3>
      {"reason" in secondOpinions ? (
        <p className="text-sm" data-testid="second-opinions-withheld">
          {secondOpinions.reason}
        </p>
      ) : (
        <div className="space-y-1 text-sm" data-testid="second-opinions">
          <p>
            Over {secondOpinions.n} members with an answered mentor review: median readiness{" "}
            {formatReadiness(secondOpinions.readiness.self)} by their own ratings, {formatReadiness(secondOpinions.readiness.reviewer)} by
            their mentors&apos;.
          </p>
          <SkillLean
            label="The group rates itself higher than its mentors on"
            skills={secondOpinions.skills.filter((skill) => skill.medianDifference > 0)}
            names={names}
          />
          <SkillLean
            label="The group rates itself lower than its mentors on"
            skills={secondOpinions.skills.filter((skill) => skill.medianDifference < 0)}
            names={names}
          />
        </div>
      )}
    </Card>
  );
}

/** Skills where the median of own minus mentor's level leans one way, largest first, with the median difference in levels. */
function SkillLean({
  label,
  skills,
  names,
}: {
  label: string;
  skills: { skill: string; medianDifference: number }[];
  names: Map<string, { name: string }>;
}) {
  if (skills.length === 0) return null;
  const sorted = [...skills].sort((a, b) => Math.abs(b.medianDifference) - Math.abs(a.medianDifference));
  return (
    <p>
      {label}:{" "}
      {sorted
        .map(
          (skill) =>
            `${names.get(skill.skill)?.name ?? skill.skill} (${skill.medianDifference > 0 ? "+" : "−"}${Math.abs(skill.medianDifference)})`,
        )
        .join(", ")}
      .
    </p>
  );
}

function TrendCard({ trend, roleName }: { trend: CohortTrend; roleName: string }) {
  const titleId = useId();
  const shown = trend.weeks.filter((week) => week.median !== null);
  const width = 600;
  const height = 160;
  const x = (index: number) => (index / (trend.weeks.length - 1)) * (width - 40) + 30;
  const y = (value: number) => height - 20 - value * (height - 40);
  const points = trend.weeks.flatMap((week, index) => (week.median === null ? [] : [`${x(index)},${y(week.median)}`]));
  return (
    <Card title={`Median readiness for ${roleName}, last 26 weeks`}>
      {shown.length === 0 ? (
        <p className="text-sm">
          Withheld every week: fewer than {trend.minGroupSize} sharing members had assessed. It appears once {trend.minGroupSize} have.
        </p>
      ) : (
        <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full" role="img" aria-labelledby={titleId}>
          <title id={titleId}>
            {`Median readiness from ${formatReadiness(shown[0]!.median!)} to ${formatReadiness(shown.at(-1)!.median!)}; the table below has every week.`}
          </title>
          {[0, 0.5, 1].map((tick) => (
            <g key={tick}>
              <line x1={30} x2={width - 10} y1={y(tick)} y2={y(tick)} className="stroke-line" />
              <text x={0} y={y(tick) + 4} className="fill-muted text-[10px]">
                {percent(tick)}
              </text>
            </g>
          ))}
          <polyline points={points.join(" ")} fill="none" className="stroke-accent" strokeWidth={2} />
          {trend.weeks.map((week, index) =>
            week.median === null ? null : <circle key={week.weekEnding} cx={x(index)} cy={y(week.median)} r={3} className="fill-accent" />,
          )}
        </svg>
      )}
      <details className="text-sm">
        <summary className="cursor-pointer">Every week as a table</summary>
        <Table caption="Median readiness per week" hideCaption>
          <thead>
            <tr className={rowClass}>
              <th scope="col" className={thClass}>
                Week ending
              </th>
              <th scope="col" className={thClass}>
                Members counted
              </th>
              <th scope="col" className={thClass}>
                Median
              </th>
            </tr>
          </thead>
          <tbody>
            {trend.weeks.map((week) => (
              <tr key={week.weekEnding} className={rowClass}>
                <td className={tdClass}>{formatDate(week.weekEnding)}</td>
                <td className={tdClass}>{week.n}</td>
                <td className={tdClass}>{week.median === null ? "withheld" : formatReadiness(week.median)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </details>
    </Card>
  );
}
