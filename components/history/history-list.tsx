"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/components/api-client";
import { formatDateTime, formatReadiness, shareAMinute } from "@/components/format";
import { useViewerZone } from "@/components/local-time";
import { Table, rowClass, tdClass, thClass } from "@/components/ui/table";
import { buttonClass, secondaryButtonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";

interface ListItem {
  id: string;
  createdAt: string;
  readiness: Record<string, number>;
  changedSkills: number | null;
}

interface Page {
  items: ListItem[];
  nextCursor: string | null;
}

export function HistoryList({ roles }: { roles: { slug: string; name: string }[] }) {
  const router = useRouter();
  const zone = useViewerZone();
  const [chosen, setChosen] = useState<string[]>([]);
  const history = useInfiniteQuery({
    queryKey: ["assessments"],
    queryFn: ({ pageParam }) => api<Page>(`/api/v1/assessments?limit=20${pageParam ? `&cursor=${pageParam}` : ""}`),
    initialPageParam: "",
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = history.data?.pages.flatMap((page) => page.items) ?? [];
  const seconds = shareAMinute(items.map((item) => item.createdAt));

  function toggle(id: string) {
    setChosen((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current, id].slice(-2)));
  }

  if (history.isPending) return <p role="status">Loading your assessments…</p>;
  if (history.isError) return <FormMessage tone="error">Could not load your assessments. Reload the page to try again.</FormMessage>;
  if (items.length === 0) {
    return (
      <p>
        No assessments yet. <Link href="/assess">Assess yourself</Link> to see how far you are from each role.
      </p>
    );
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={buttonClass}
          disabled={chosen.length !== 2}
          onClick={() => router.push(`/history/${chosen[0]}?compare=${chosen[1]}`)}
        >
          Compare the two chosen
        </button>
        <span className="text-sm" aria-live="polite">
          {chosen.length} of 2 chosen
        </span>
      </div>
      {/* On a phone, one card per assessment: six columns do not fit 390 px. The table from the sm breakpoint up. */}
      <ol aria-label="Your assessments, newest first" className="space-y-3 sm:hidden">
        {items.map((item) => (
          <li key={item.id} className="space-y-2 rounded-xl border border-line bg-surface p-4 shadow-sm">
            <div className="flex items-start justify-between gap-3">
              <Link href={`/history/${item.id}`} className="font-medium">
                {formatDateTime(item.createdAt, zone, { seconds })}
              </Link>
              <label className="flex shrink-0 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  aria-label={`Choose the assessment of ${formatDateTime(item.createdAt, zone, { seconds })} to compare`}
                  checked={chosen.includes(item.id)}
                  onChange={() => toggle(item.id)}
                  className="size-5 accent-accent"
                />
                Compare
              </label>
            </div>
            <dl className="grid grid-cols-3 gap-2">
              {roles.map((role) => (
                // The figures line up at the bottom however many lines a role's name takes.
                <div key={role.slug} className="flex flex-col justify-between">
                  <dt className="text-xs leading-tight text-muted">{role.name}</dt>
                  <dd className="text-lg font-semibold tabular-nums">{formatReadiness(item.readiness[role.slug] ?? 0)}</dd>
                </div>
              ))}
            </dl>
            <p className="text-sm text-muted">
              {item.changedSkills === null
                ? "First assessment"
                : `${item.changedSkills} ${item.changedSkills === 1 ? "skill" : "skills"} changed`}
            </p>
          </li>
        ))}
      </ol>
      <div className="hidden sm:block">
        <Table caption="Your assessments, newest first" hideCaption minWidth="40rem">
          <thead>
            <tr className={rowClass}>
              <th scope="col" className={thClass}>
                Compare
              </th>
              <th scope="col" className={thClass}>
                Date
              </th>
              {roles.map((role) => (
                <th key={role.slug} scope="col" className={thClass}>
                  {role.name}
                </th>
              ))}
              <th scope="col" className={thClass}>
                Skills changed
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} className={rowClass}>
                <td className={tdClass}>
                  <input
                    type="checkbox"
                    aria-label={`Choose the assessment of ${formatDateTime(item.createdAt, zone, { seconds })} to compare`}
                    checked={chosen.includes(item.id)}
                    onChange={() => toggle(item.id)}
                    className="size-4 accent-accent"
                  />
                </td>
                <th scope="row" className={`${tdClass} text-left font-normal`}>
                  <Link href={`/history/${item.id}`}>{formatDateTime(item.createdAt, zone, { seconds })}</Link>
                </th>
                {roles.map((role) => (
                  <td key={role.slug} className={`${tdClass} tabular-nums`}>
                    {formatReadiness(item.readiness[role.slug] ?? 0)}
                  </td>
                ))}
                <td className={tdClass}>{item.changedSkills ?? "First assessment"}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
      {history.hasNextPage && (
        <button
          type="button"
          className={secondaryButtonClass}
          disabled={history.isFetchingNextPage}
          onClick={() => history.fetchNextPage()}
        >
          {history.isFetchingNextPage ? "Loading…" : "Show older assessments"}
        </button>
      )}
    </div>
  );
}
