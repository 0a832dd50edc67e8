import type { Metadata } from "next";
import { WorkspaceList } from "@/components/workspaces/workspace-list";
import { requirePageUser } from "@/lib/auth/session";
import { listWorkspaces } from "@/lib/services/workspaces";

export const metadata: Metadata = { title: "Workspaces" };

export default async function WorkspacesPage() {
  const user = await requirePageUser("/workspaces");
  const workspaces = await listWorkspaces(user);
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">Workspaces</h1>
        <p className="max-w-3xl text-muted">
          A bootcamp, a class or a team on Skillgap. Coaches see the group against a role; each member decides what they share, and group
          figures stay hidden until enough members share.
        </p>
      </div>
      <WorkspaceList workspaces={workspaces} />
    </div>
  );
}
