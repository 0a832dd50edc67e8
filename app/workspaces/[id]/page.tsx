import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { CohortView } from "@/components/workspaces/cohort-view";
import { Invitations } from "@/components/workspaces/invitations";
import { Members } from "@/components/workspaces/members";
import { MySharing } from "@/components/workspaces/my-sharing";
import { WorkspaceSettings } from "@/components/workspaces/workspace-settings";
import { requirePageUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/http/pages";
import { listRoles } from "@/lib/services/roles";
import { coachPreview, getWorkspace } from "@/lib/services/workspaces";

export const metadata: Metadata = { title: "Workspace" };

export default async function WorkspacePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/workspaces/${id}`);
  const [workspace, { roles }, preview] = await Promise.all([orNotFound(getWorkspace(user, id)), listRoles(), coachPreview(user)]);
  const coaching = workspace.myRole !== "member";
  const roleChoices = roles.map(({ slug, name }) => ({ slug, name }));
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <p className="text-sm">
          <Link href="/workspaces">← All workspaces</Link>
        </p>
        <h1 className="text-2xl font-bold break-words">{workspace.name}</h1>
        <p className="text-muted">
          You are {workspace.myRole === "owner" ? "an owner" : `a ${workspace.myRole}`} · {workspace.memberCount}{" "}
          {workspace.memberCount === 1 ? "member" : "members"} · group figures from {workspace.minGroupSize} sharing members
        </p>
      </div>
      {coaching && <CohortView workspaceId={workspace.id} roles={roleChoices} initialRole={user.targetRoleSlug ?? roleChoices[0]!.slug} />}
      {coaching && <Invitations workspaceId={workspace.id} canInviteCoaches={workspace.myRole === "owner"} />}
      {coaching && workspace.members && (
        <Members workspaceId={workspace.id} members={workspace.members} myRole={workspace.myRole} myId={user.id} />
      )}
      {workspace.myRole === "owner" && (
        <WorkspaceSettings workspaceId={workspace.id} name={workspace.name} minGroupSize={workspace.minGroupSize} />
      )}
      <Card title="What you share here" description="You can change it at any time; coaches see the change on their next load.">
        <MySharing workspaceId={workspace.id} workspaceName={workspace.name} initial={workspace.mySharing} preview={preview} />
      </Card>
    </div>
  );
}
