"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/components/api-client";
import { useFieldErrors } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, FormMessage } from "@/components/ui/field";
import { MIN_GROUP_SIZE_MAX, MIN_GROUP_SIZE_MIN, updateWorkspaceSchema, WORKSPACE_NAME_MAX } from "@/lib/schemas/workspaces";

/** Owners: rename the workspace, change its group size, or delete it (members keep their own data). */
export function WorkspaceSettings({ workspaceId, name, minGroupSize }: { workspaceId: string; name: string; minGroupSize: number }) {
  const router = useRouter();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const { errors, validate, fromServer } = useFieldErrors();
  const update = useMutation({
    mutationFn: (input: unknown) => api(`/api/v1/workspaces/${workspaceId}`, { method: "PATCH", body: input }),
    onSuccess: () => router.refresh(),
    onError: fromServer,
  });
  const remove = useMutation({
    mutationFn: () => api(`/api/v1/workspaces/${workspaceId}`, { method: "DELETE" }),
    onSuccess: () => {
      router.push("/workspaces");
      router.refresh();
    },
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = { name: String(data.get("name") ?? ""), minGroupSize: Number(data.get("minGroupSize")) };
    if (validate(updateWorkspaceSchema, input)) update.mutate(input);
  }

  return (
    <Card title="Workspace settings">
      <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2 sm:items-start">
        {errors.form && (
          <div className="sm:col-span-2">
            <FormMessage tone="error">{errors.form}</FormMessage>
          </div>
        )}
        <Field label="Name" name="name" defaultValue={name} maxLength={WORKSPACE_NAME_MAX} error={errors.name} autoComplete="off" />
        <Field
          label="Minimum group size"
          name="minGroupSize"
          type="number"
          min={MIN_GROUP_SIZE_MIN}
          max={MIN_GROUP_SIZE_MAX}
          defaultValue={minGroupSize}
          error={errors.minGroupSize}
        />
        <div className="sm:col-span-2">
          <Button type="submit" variant="secondary" disabled={update.isPending}>
            Save changes
          </Button>
        </div>
      </form>
      {update.isSuccess && <FormMessage tone="success">Saved.</FormMessage>}
      {remove.isError && <FormMessage tone="error">{remove.error.message}</FormMessage>}
      {confirmDelete ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span>Delete this workspace for everyone? Its members and invitations go; each member keeps their own assessments.</span>
          <Button variant="danger" onClick={() => remove.mutate()} disabled={remove.isPending}>
            Delete for good
          </Button>
          <Button variant="secondary" onClick={() => setConfirmDelete(false)}>
            Keep it
          </Button>
        </div>
      ) : (
        <Button variant="danger" onClick={() => setConfirmDelete(true)}>
          Delete workspace
        </Button>
      )}
    </Card>
  );
}
