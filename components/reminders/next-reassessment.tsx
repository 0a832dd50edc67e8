"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { api } from "@/components/api-client";
import { formatDate } from "@/components/format";
import type { Reminders } from "@/lib/domain/reminders";

export const REMINDERS_KEY = ["reminders"];

/** One line on the dashboard: when the next reassessment is due, by the rhythm chosen in settings. */
export function NextReassessment({ initial, today }: { initial: Reminders; today: string }) {
  const { data } = useQuery({ queryKey: REMINDERS_KEY, queryFn: () => api<Reminders>("/api/v1/reminders"), initialData: initial });
  return (
    <p className="text-sm text-muted">
      {data.nextDue === null ? (
        <>
          No reassessment reminders. <Link href="/settings#reminders">Choose a rhythm</Link>
        </>
      ) : data.nextDue <= today ? (
        <>
          Your next reassessment was due {formatDate(data.nextDue)} (every {data.intervalWeeks} weeks).{" "}
          <Link href="/assess">Reassess now</Link>
        </>
      ) : (
        <>
          Next reassessment due {formatDate(data.nextDue)} (every {data.intervalWeeks} weeks).{" "}
          <Link href="/settings#reminders">Change</Link>
        </>
      )}
    </p>
  );
}
