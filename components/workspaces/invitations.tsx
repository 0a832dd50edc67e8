"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "@/components/api-client";
import { formatDate } from "@/components/format";
import { useFieldErrors } from "@/components/forms/use-zod-form";
import { NewLink } from "@/components/shares/new-link";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, FormMessage, SelectField } from "@/components/ui/field";
import { SHARE_DAYS_MAX } from "@/lib/schemas/sharing";
import { createInvitationSchema, INVITATION_USES_MAX, type InvitationSummary } from "@/lib/schemas/workspaces";

const STATUS_WORDS = { live: "live", expired: "expired", used_up: "used up", revoked: "revoked" } as const;

/** Owners and coaches: make join links, see how many uses each has left, revoke them. */
export function Invitations({ workspaceId, canInviteCoaches }: { workspaceId: string; canInviteCoaches: boolean }) {
  const queryClient = useQueryClient();
  const key = ["workspace-invitations", workspaceId];
  const list = useQuery({ queryKey: key, queryFn: () => api<InvitationSummary[]>(`/api/v1/workspaces/${workspaceId}/invitations`) });
  const [created, setCreated] = useState<string | null>(null);
  const { errors, validate, fromServer } = useFieldErrors();
  const create = useMutation({
    mutationFn: (input: unknown) => api<{ url: string }>(`/api/v1/workspaces/${workspaceId}/invitations`, { method: "POST", body: input }),
    onSuccess: ({ url }) => {
      setCreated(url);
      return queryClient.invalidateQueries({ queryKey: key });
    },
    onError: fromServer,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api(`/api/v1/workspaces/${workspaceId}/invitations/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const uses = String(data.get("maxUses") ?? "").trim();
    const input = {
      role: String(data.get("role") ?? "member"),
      expiresInDays: Number(data.get("expiresInDays")),
      ...(uses ? { maxUses: Number(uses) } : {}),
    };
    if (validate(createInvitationSchema, input)) create.mutate(input);
  }

  return (
    <Card title="Invitations" description="Anyone signed in who opens a live link can join, choosing what they share.">
      <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-3 sm:items-start">
        {errors.form && (
          <div className="sm:col-span-3">
            <FormMessage tone="error">{errors.form}</FormMessage>
          </div>
        )}
        <SelectField label="Joins as" name="role" defaultValue="member" error={errors.role}>
          <option value="member">Member</option>
          {canInviteCoaches && <option value="coach">Coach</option>}
        </SelectField>
        <Field
          label="Days valid"
          name="expiresInDays"
          type="number"
          min={1}
          max={SHARE_DAYS_MAX}
          defaultValue={14}
          error={errors.expiresInDays}
        />
        <Field
          label="Most joins (optional)"
          name="maxUses"
          type="number"
          min={1}
          max={INVITATION_USES_MAX}
          hint={`Up to ${INVITATION_USES_MAX}; empty for no limit.`}
          error={errors.maxUses}
        />
        <div className="sm:col-span-3">
          <Button type="submit" disabled={create.isPending}>
            Create invitation link
          </Button>
        </div>
      </form>
      {created && <NewLink path={created} what="Your invitation link is ready." />}
      {list.isError && <FormMessage tone="error">{list.error.message}</FormMessage>}
      {revoke.isError && <FormMessage tone="error">{revoke.error.message}</FormMessage>}
      {list.data && list.data.length > 0 && (
        <ul className="divide-y divide-line text-sm" aria-label="Invitation links">
          {list.data.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                {invitation.role === "coach" ? "Coach" : "Member"} link · {STATUS_WORDS[invitation.status]} ·{" "}
                {invitation.usesLeft === null ? `${invitation.uses} joined` : `${invitation.usesLeft} of ${invitation.maxUses} joins left`}{" "}
                · until {formatDate(invitation.expiresAt)}
              </span>
              {invitation.status === "live" && (
                <Button
                  variant="secondary"
                  disabled={revoke.isPending}
                  aria-label={`Revoke the ${invitation.role} link created ${formatDate(invitation.createdAt)}`}
                  onClick={() => revoke.mutate(invitation.id)}
                >
                  Revoke
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
