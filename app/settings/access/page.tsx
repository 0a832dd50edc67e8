import type { Metadata } from "next";
import Link from "next/link";
import { ReviewInvitationsSection } from "@/components/reviews/review-invitations";
import { ShareLinksSection } from "@/components/shares/share-links";
import { ReminderSettings } from "@/components/settings/reminder-settings";
import { requirePageUser } from "@/lib/auth/session";
import { getReminders } from "@/lib/services/reminders";

export const metadata: Metadata = { title: "Who can see your data" };

/**
 * Where a password reset leads after sign-in: whoever had the account before
 * the reset may have made links that outlive it (a share link, a review link,
 * the calendar feed), so each is shown here with its revocation.
 */
export default async function AccessPage() {
  const user = await requirePageUser("/settings/access");
  const reminders = await getReminders(user);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">Who can see your data</h1>
      <p className="text-muted">
        Links you (or anyone who had your password) made keep working after a password change until you revoke them. Revoke any you do not
        recognise.
      </p>
      <ShareLinksSection />
      <ReviewInvitationsSection />
      <ReminderSettings initial={reminders} />
      <p>
        <Link href="/settings">All settings</Link>
      </p>
    </div>
  );
}
