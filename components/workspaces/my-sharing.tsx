"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/components/api-client";
import { formatDate, formatReadiness, formatLevel } from "@/components/format";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { SharingLevel } from "@/lib/schemas/workspaces";
import { SharingChoice } from "./sharing-choice";

export interface CoachPreviewData {
  name: string;
  targetRole: string | null;
  assessedAt: string | null;
  readiness: { role: string; name: string; readiness: number | null }[];
  levels: { skill: string; name: string; level: number }[];
}

/** Exactly what an owner or coach sees of you at this sharing level, from your own latest figures. */
export function CoachPreview({ sharing, preview }: { sharing: SharingLevel; preview: CoachPreviewData }) {
  return (
    <div className="space-y-2 rounded-lg border border-dashed border-control p-3 text-sm" aria-live="polite">
      <p className="font-semibold">What they see of you now</p>
      <p>
        {preview.name}, a member{sharing === "none" && "; nothing else"}.
      </p>
      {sharing !== "none" && (
        <>
          <p>
            Target role: {preview.targetRole ?? "none chosen"} · Last assessed:{" "}
            {preview.assessedAt ? formatDate(preview.assessedAt) : "not yet"}
          </p>
          <ul className="flex flex-wrap gap-x-4">
            {preview.readiness.map((role) => (
              <li key={role.role}>
                {role.name}: {role.readiness === null ? "no figure yet" : formatReadiness(role.readiness)}
              </li>
            ))}
          </ul>
        </>
      )}
      {sharing === "levels" &&
        (preview.levels.length ? (
          <ul className="grid gap-x-4 sm:grid-cols-2">
            {preview.levels.map((level) => (
              <li key={level.skill}>
                {level.name}: {formatLevel(level.level)}
              </li>
            ))}
          </ul>
        ) : (
          <p>No levels until you assess.</p>
        ))}
    </div>
  );
}

/** Your own membership: change what you share (it applies on the coach's next load), see what that shows, or leave. */
export function MySharing({
  workspaceId,
  workspaceName,
  initial,
  preview,
  afterLeave = "/workspaces",
}: {
  workspaceId: string;
  workspaceName: string;
  initial: SharingLevel;
  preview: CoachPreviewData;
  afterLeave?: string;
}) {
  const router = useRouter();
  const [sharing, setSharing] = useState(initial);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const save = useMutation({
    mutationFn: (next: SharingLevel) => api(`/api/v1/workspaces/${workspaceId}/sharing`, { method: "PUT", body: { sharing: next } }),
  });
  const leave = useMutation({
    mutationFn: () => api(`/api/v1/workspaces/${workspaceId}/members/me`, { method: "DELETE" }),
    onSuccess: () => {
      router.push(afterLeave);
      router.refresh();
    },
  });
  return (
    <div className="space-y-3">
      <SharingChoice
        name={`sharing-${workspaceId}`}
        value={sharing}
        disabled={save.isPending}
        onChange={(next) => {
          setSharing(next);
          save.mutate(next);
        }}
      />
      {save.isSuccess && <FormMessage tone="success">Saved: {workspaceName} sees this from its next load.</FormMessage>}
      {save.isError && <FormMessage tone="error">{save.error.message}</FormMessage>}
      <CoachPreview sharing={sharing} preview={preview} />
      {leave.isError && <FormMessage tone="error">{leave.error.message}</FormMessage>}
      {confirmLeave ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span>Leave {workspaceName}? Its coaches stop seeing anything of you at once.</span>
          <Button variant="danger" onClick={() => leave.mutate()} disabled={leave.isPending}>
            Leave now
          </Button>
          <Button variant="secondary" onClick={() => setConfirmLeave(false)}>
            Stay
          </Button>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirmLeave(true)}>
          Leave {workspaceName}
        </Button>
      )}
    </div>
  );
}
