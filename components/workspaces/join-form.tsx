"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/components/api-client";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { SharingLevel } from "@/lib/schemas/workspaces";
import { SharingChoice } from "./sharing-choice";

/** Accepting an invitation: the user picks what to share first; nothing is shared before they press Join. */
export function JoinForm({ token, workspaceName }: { token: string; workspaceName: string }) {
  const router = useRouter();
  const [sharing, setSharing] = useState<SharingLevel>("none");
  const join = useMutation({
    mutationFn: () => api<{ workspaceId: string }>(`/api/v1/invitations/${token}/accept`, { method: "POST", body: { sharing } }),
    onSuccess: ({ workspaceId }) => router.push(`/workspaces/${workspaceId}`),
  });
  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        join.mutate();
      }}
    >
      <SharingChoice name="sharing" value={sharing} onChange={setSharing} disabled={join.isPending} />
      {join.isError && <FormMessage tone="error">{join.error.message}</FormMessage>}
      <Button type="submit" disabled={join.isPending}>
        Join {workspaceName}
      </Button>
    </form>
  );
}
