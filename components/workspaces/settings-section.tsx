import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { WorkspaceSummary } from "@/lib/schemas/workspaces";
import { MySharing, type CoachPreviewData } from "./my-sharing";

/** Settings: what you share with each workspace you are in, with a preview of what its coaches see, and leaving. */
export function WorkspaceSharingSection({ workspaces, preview }: { workspaces: WorkspaceSummary[]; preview: CoachPreviewData }) {
  return (
    <Card title="Workspaces" description="What the owners and coaches of each workspace you joined may see of you.">
      {workspaces.length === 0 ? (
        <p className="text-sm">
          You are in no workspace. A coach&apos;s invitation link adds you to one; <Link href="/workspaces">start your own</Link>.
        </p>
      ) : (
        <ul className="space-y-6">
          {workspaces.map((workspace) => (
            <li key={workspace.id} className="space-y-2">
              <h3 className="font-semibold break-words">
                <Link href={`/workspaces/${workspace.id}`}>{workspace.name}</Link>{" "}
                <span className="text-sm font-normal text-muted">
                  (you are {workspace.myRole === "owner" ? "an owner" : `a ${workspace.myRole}`})
                </span>
              </h3>
              <MySharing
                workspaceId={workspace.id}
                workspaceName={workspace.name}
                initial={workspace.mySharing}
                preview={preview}
                afterLeave="/settings"
              />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** Above the account deletion form: the workspaces that would go with the account. */
export function SoleOwnerWarning({ names }: { names: string[] }) {
  if (names.length === 0) return null;
  return (
    <p role="note" className="rounded-lg border border-warning-ink/40 bg-warning-soft p-3 text-sm text-warning-ink">
      You are the only owner of {names.length === 1 ? "the workspace" : "the workspaces"} {names.map((name) => `“${name}”`).join(", ")}.
      Deleting your account deletes {names.length === 1 ? "it" : "them"} too, for every member. Make another member an owner first to keep{" "}
      {names.length === 1 ? "it" : "them"}.
    </p>
  );
}
