"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { api } from "@/components/api-client";
import { useFieldErrors } from "@/components/forms/use-zod-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, FormMessage } from "@/components/ui/field";
import {
  createWorkspaceSchema,
  MIN_GROUP_SIZE_DEFAULT,
  MIN_GROUP_SIZE_MAX,
  MIN_GROUP_SIZE_MIN,
  WORKSPACE_NAME_MAX,
  type WorkspaceSummary,
} from "@/lib/schemas/workspaces";

const SHARING_WORDS = { none: "you share nothing", readiness: "you share readiness", levels: "you share readiness and levels" } as const;

/** The workspaces you belong to, and a form to start one. */
export function WorkspaceList({ workspaces }: { workspaces: WorkspaceSummary[] }) {
  const router = useRouter();
  const { errors, validate, fromServer } = useFieldErrors();
  const create = useMutation({
    mutationFn: (input: unknown) => api<{ id: string }>("/api/v1/workspaces", { method: "POST", body: input }),
    onSuccess: ({ id }) => router.push(`/workspaces/${id}`),
    onError: fromServer,
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = { name: String(data.get("name") ?? ""), minGroupSize: Number(data.get("minGroupSize")) };
    if (validate(createWorkspaceSchema, input)) create.mutate(input);
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <Card title="Your workspaces">
        {workspaces.length === 0 ? (
          <p className="text-sm">
            You are in no workspace yet. Start one for a class or a team, or open an invitation link a coach sent you.
          </p>
        ) : (
          <ul className="divide-y divide-line">
            {workspaces.map((workspace) => (
              <li key={workspace.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <div className="min-w-0 space-y-1">
                  <Link href={`/workspaces/${workspace.id}`} className="font-semibold break-words">
                    {workspace.name}
                  </Link>
                  <p className="text-sm text-muted">
                    {workspace.memberCount} {workspace.memberCount === 1 ? "member" : "members"} · {SHARING_WORDS[workspace.mySharing]}
                  </p>
                </div>
                <Badge tone={workspace.myRole === "member" ? "neutral" : "accent"}>{workspace.myRole}</Badge>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Start a workspace" description="For a bootcamp, a class or a team. You become its owner and invite people by link.">
        <form onSubmit={onSubmit} noValidate className="space-y-3">
          {errors.form && <FormMessage tone="error">{errors.form}</FormMessage>}
          <Field label="Name" name="name" maxLength={WORKSPACE_NAME_MAX} required error={errors.name} autoComplete="off" />
          <Field
            label="Minimum group size"
            name="minGroupSize"
            type="number"
            min={MIN_GROUP_SIZE_MIN}
            max={MIN_GROUP_SIZE_MAX}
            defaultValue={MIN_GROUP_SIZE_DEFAULT}
            hint={`Group figures stay hidden until this many members share (${MIN_GROUP_SIZE_MIN} to ${MIN_GROUP_SIZE_MAX}), so no figure gives away one person.`}
            error={errors.minGroupSize}
          />
          <Button type="submit" disabled={create.isPending}>
            Create workspace
          </Button>
        </form>
      </Card>
    </div>
  );
}
