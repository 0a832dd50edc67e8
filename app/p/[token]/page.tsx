import type { Metadata } from "next";
import { SharedProfileView } from "@/components/shares/shared-profile";
import { orNotFound } from "@/lib/http/pages";
import { viewSharedProfile } from "@/lib/services/shares";

// Public (the token is the only key) and never indexed: a link shared with a person, not a page for search engines.
export const metadata: Metadata = { title: "Shared profile", robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function SharedProfilePage({ params }: { params: Promise<{ token: string }> }) {
  const profile = await orNotFound(viewSharedProfile((await params).token));
  return <SharedProfileView profile={JSON.parse(JSON.stringify(profile))} />;
}
