"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "@/components/api-client";
import { formatDate, formatDateTime } from "@/components/format";
import { REMINDERS_KEY } from "@/components/reminders/next-reassessment";
import { buttonClass, FormMessage, secondaryButtonClass } from "@/components/ui/field";
import { REMINDER_INTERVALS, type ReminderInterval, type Reminders } from "@/lib/domain/reminders";
import type { UpdateRemindersInput } from "@/lib/schemas/reminders";

const sectionClass = "space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800";

/** Settings: how often to reassess, and a private calendar feed of the due dates. */
export function ReminderSettings({ initial }: { initial: Reminders }) {
  const queryClient = useQueryClient();
  const { data } = useQuery({ queryKey: REMINDERS_KEY, queryFn: () => api<Reminders>("/api/v1/reminders"), initialData: initial });
  const [intervalWeeks, setIntervalWeeks] = useState<ReminderInterval>(data.intervalWeeks as ReminderInterval);
  const [feedUrl, setFeedUrl] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: REMINDERS_KEY });
  const save = useMutation({
    mutationFn: (input: UpdateRemindersInput) => api<Reminders>("/api/v1/reminders", { method: "PUT", body: input }),
    onSuccess: (saved) => queryClient.setQueryData(REMINDERS_KEY, saved),
  });
  const create = useMutation({
    mutationFn: () => api<{ path: string }>("/api/v1/reminders/feed", { method: "POST" }),
    onSuccess: ({ path }) => {
      setFeedUrl(new URL(path, window.location.origin).toString());
      return refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: () => api("/api/v1/reminders/feed", { method: "DELETE" }),
    onSuccess: () => {
      setFeedUrl(null);
      return refresh();
    },
  });
  const failed = save.error ?? create.error ?? revoke.error;

  return (
    <section aria-labelledby="reminders-heading" className={sectionClass}>
      <h2 id="reminders-heading" className="text-lg font-semibold">
        Reassessment reminders
      </h2>
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ intervalWeeks });
        }}
      >
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Reassess every</legend>
          <div className="flex flex-wrap gap-4">
            {REMINDER_INTERVALS.map((weeks) => (
              <label key={weeks} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="interval"
                  value={weeks}
                  checked={intervalWeeks === weeks}
                  onChange={() => setIntervalWeeks(weeks)}
                  className="accent-indigo-700"
                />
                {weeks === 0 ? "Off" : `${weeks} weeks`}
              </label>
            ))}
          </div>
        </fieldset>
        {save.isSuccess && (
          <FormMessage tone="success">
            {data.nextDue ? `Saved. Your next reassessment is due ${formatDate(data.nextDue)}.` : "Saved. Reminders are off."}
          </FormMessage>
        )}
        <button type="submit" className={buttonClass} disabled={save.isPending}>
          Save rhythm
        </button>
      </form>

      <div className="space-y-2">
        <h3 className="font-medium">Calendar feed</h3>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          A private address your calendar app can subscribe to. It lists the due dates and nothing else; anyone with the address can see
          them, so revoke it if it leaks.
        </p>
        {feedUrl && (
          <div className="space-y-1">
            <label htmlFor="feed-url" className="block text-sm font-medium">
              Your feed address (shown this once: copy it now)
            </label>
            <input
              id="feed-url"
              readOnly
              value={feedUrl}
              onFocus={(event) => event.currentTarget.select()}
              className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
            />
          </div>
        )}
        {data.feed.active && data.feed.createdAt && !feedUrl && (
          <p className="text-sm">A feed made {formatDateTime(data.feed.createdAt)} is active.</p>
        )}
        <div className="flex flex-wrap gap-3">
          <button type="button" className={secondaryButtonClass} disabled={create.isPending} onClick={() => create.mutate()}>
            {data.feed.active ? "Make a new feed address" : "Make a feed address"}
          </button>
          {data.feed.active && (
            <button type="button" className={secondaryButtonClass} disabled={revoke.isPending} onClick={() => revoke.mutate()}>
              Revoke the feed
            </button>
          )}
        </div>
        {revoke.isSuccess && !data.feed.active && (
          <FormMessage tone="success">The feed is revoked: calendar apps get nothing from it now.</FormMessage>
        )}
      </div>
      {failed && <FormMessage tone="error">{failed.message}</FormMessage>}
    </section>
  );
}
