import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { JoinForm } from "@/components/workspaces/join-form";
import { requirePageUser } from "@/lib/auth/session";
import { AppError } from "@/lib/domain/errors";
import { orNotFound } from "@/lib/http/pages";
import { previewInvitation } from "@/lib/services/workspaces";

// The token is the link's only secret: not indexed, and never sent on in a Referer.
export const metadata: Metadata = { title: "Join a workspace", robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  await requirePageUser(`/join/${token}`);
  const invitation = await orNotFound(
    previewInvitation(token).catch((error: unknown) => {
      if (error instanceof AppError && error.status === 410) return error.message;
      throw error;
    }),
  );
  if (typeof invitation === "string") {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <h1 className="text-2xl font-bold">This invitation no longer works</h1>
        <FormMessage tone="error">{invitation}</FormMessage>
        <p>
          <Link href="/workspaces">Your workspaces</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold break-words">Join {invitation.workspaceName}</h1>
      <p>
        You are invited as {invitation.role === "coach" ? "a coach: you will see the group as far as each member shares" : "a member"}.
        Choose what its owners and coaches may see of you. You can change it or leave at any time, and they see the change on their next
        load.
      </p>
      <Card>
        <JoinForm token={token} workspaceName={invitation.workspaceName} />
      </Card>
    </div>
  );
}
