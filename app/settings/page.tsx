import type { Metadata } from "next";
import { ReviewInvitationsSection } from "@/components/reviews/review-invitations";
import { ShareLinksSection } from "@/components/shares/share-links";
import { DeleteAccountForm, ExportSection, NameForm, PasswordForm, SessionsSection } from "@/components/settings/settings-forms";
import { ImportSection } from "@/components/settings/import-section";
import { ReminderSettings } from "@/components/settings/reminder-settings";
import { SoleOwnerWarning, WorkspaceSharingSection } from "@/components/workspaces/settings-section";
import { requirePageUser } from "@/lib/auth/session";
import { getMe } from "@/lib/services/account";
import { getReminders } from "@/lib/services/reminders";
import { coachPreview, listWorkspaces, soleOwnedWorkspaceNames } from "@/lib/services/workspaces";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requirePageUser("/settings");
  const [me, reminders, workspaces, preview, soleOwned] = await Promise.all([
    getMe(user),
    getReminders(user),
    listWorkspaces(user),
    coachPreview(user),
    soleOwnedWorkspaceNames(user),
  ]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">Settings</h1>
      <p className="text-sm text-muted">Signed in as {me.email}</p>
      <NameForm name={me.name} />
      {me.hasPassword && <PasswordForm email={me.email} />}
      <ReminderSettings initial={reminders} />
      <SessionsSection />
      <ShareLinksSection />
      <ReviewInvitationsSection />
      <WorkspaceSharingSection workspaces={workspaces} preview={preview} />
      <ExportSection />
      <ImportSection />
      <SoleOwnerWarning names={soleOwned} />
      <DeleteAccountForm email={me.email} hasPassword={me.hasPassword} />
    </div>
  );
}
