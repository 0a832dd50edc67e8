import type { Metadata } from "next";
import { RoleComparisonTable } from "@/components/roles/role-comparison-table";
import { TargetMatrix } from "@/components/roles/target-matrix";
import { listRoles } from "@/lib/services/roles";

export const metadata: Metadata = { title: "Roles" };

export default async function RolesPage() {
  const { roles, skills } = await listRoles();
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Three machine-learning careers</h1>
        <p className="max-w-2xl text-muted">
          The same twenty skills, weighted very differently. Pick a role for its responsibilities and the skills it needs.
        </p>
      </header>
      <RoleComparisonTable roles={roles} />
      <TargetMatrix skills={skills} roles={roles} />
    </div>
  );
}
