"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "@/components/api-client";
import { formatDate } from "@/components/format";
import { LocalTime } from "@/components/local-time";
import { REMINDERS_KEY } from "@/components/reminders/next-reassessment";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage, inputClass } from "@/components/ui/field";
import { REMINDER_INTERVALS, type ReminderInterval, type Reminders } from "@/lib/domain/reminders";
import type { UpdateRemindersInput } from "@/lib/schemas/reminders";

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
    <div id="reminders">
      <Card title="Reassessment reminders" description="How often to rate yourself again; the dashboard says when the next time is due.">
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
                    className="accent-accent"
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
          <Button type="submit" disabled={save.isPending}>
            Save rhythm
          </Button>
        </form>

        <div className="space-y-2">
          <h3 className="font-medium">Calendar feed</h3>
          <p className="text-sm text-muted">
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
                className={`${inputClass} font-mono text-sm`}
              />
            </div>
          )}
          {data.feed.active && data.feed.createdAt && !feedUrl && (
            <p className="text-sm">
              A feed made <LocalTime value={data.feed.createdAt} /> is active.
            </p>
          )}
          <div className="flex flex-wrap gap-3">
            <Button variant="secondary" disabled={create.isPending} onClick={() => create.mutate()}>
              {data.feed.active ? "Make a new feed address" : "Make a feed address"}
            </Button>
            {data.feed.active && (
              <Button variant="secondary" disabled={revoke.isPending} onClick={() => revoke.mutate()}>
                Revoke the feed
              </Button>
            )}
          </div>
          {revoke.isSuccess && !data.feed.active && (
            <FormMessage tone="success">The feed is revoked: calendar apps get nothing from it now.</FormMessage>
          )}
        </div>
        {failed && <FormMessage tone="error">{failed.message}</FormMessage>}
      </Card>
    </div>
  );
}
