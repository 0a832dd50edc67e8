"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { api } from "@/components/api-client";
import { formatDate } from "@/components/format";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage, SelectField } from "@/components/ui/field";
import type { WorkspaceMember, WorkspaceRole } from "@/lib/schemas/workspaces";

const SHARES = { none: "shares nothing", readiness: "shares readiness", levels: "shares readiness and levels" } as const;

/** Who joined, with each one's role and sharing; owners change roles, owners and coaches remove members. */
export function Members({
  workspaceId,
  members,
  myRole,
  myId,
}: {
  workspaceId: string;
  members: WorkspaceMember[];
  myRole: WorkspaceRole;
  myId: string;
}) {
  const router = useRouter();
  const change = useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: string }) =>
      api(`/api/v1/workspaces/${workspaceId}/members/${userId}`, { method: "PATCH", body: { role } }),
    onSuccess: () => router.refresh(),
  });
  const remove = useMutation({
    mutationFn: (userId: string) => api(`/api/v1/workspaces/${workspaceId}/members/${userId}`, { method: "DELETE" }),
    onSuccess: () => router.refresh(),
  });
  const error = change.error ?? remove.error;
  return (
    <Card title={`Members (${members.length})`}>
      {error && <FormMessage tone="error">{error.message}</FormMessage>}
      <ul className="divide-y divide-line text-sm">
        {members.map((member) => (
          <li key={member.userId} className="flex flex-wrap items-end justify-between gap-2 py-2">
            <span className="min-w-0 break-words">
              <span className="font-semibold">{member.name}</span>
              {member.userId === myId && " (you)"} · {member.role} · {SHARES[member.sharing]} · joined {formatDate(member.joinedAt)}
            </span>
            {member.userId !== myId && (
              <span className="flex flex-wrap items-end gap-2">
                {myRole === "owner" && (
                  <SelectField
                    label={`Role of ${member.name}`}
                    value={member.role}
                    disabled={change.isPending}
                    onChange={(event) => change.mutate({ userId: member.userId, role: event.target.value })}
                  >
                    <option value="member">Member</option>
                    <option value="coach">Coach</option>
                    <option value="owner">Owner</option>
                  </SelectField>
                )}
                {(myRole === "owner" || member.role === "member") && (
                  <Button
                    variant="secondary"
                    disabled={remove.isPending}
                    aria-label={`Remove ${member.name}`}
                    onClick={() => remove.mutate(member.userId)}
                  >
                    Remove
                  </Button>
                )}
              </span>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
