import type { Metadata } from "next";
import Link from "next/link";
import { HistoryList } from "@/components/history/history-list";
import { requirePageUser } from "@/lib/auth/session";
import { listRoles } from "@/lib/services/roles";

export const metadata: Metadata = { title: "History" };

export default async function HistoryPage() {
  await requirePageUser("/history");
  const { roles } = await listRoles();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">Your assessments</h1>
        <Link href="/assess">New assessment</Link>
      </div>
      <p className="text-muted">Every assessment is kept. Choose two to see what changed between them.</p>
      <HistoryList roles={roles.map(({ slug, name }) => ({ slug, name }))} />
    </div>
  );
}
