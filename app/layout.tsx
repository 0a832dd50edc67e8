import type { Metadata, Viewport } from "next";
import { Providers } from "@/components/providers";
import { SessionKeepAlive } from "@/components/session-keepalive";
import { SignOutButton } from "@/components/ui/sign-out-button";
import { SiteFooter } from "@/components/ui/site-footer";
import { SiteHeader } from "@/components/ui/site-header";
import { currentUser } from "@/lib/auth/session";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Skillgap", template: "%s · Skillgap" },
  description: "See how far you are from Data Scientist, ML Engineer and ML Researcher, and what to learn next.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Reading the session makes every page render per request, as the per-request CSP nonce needs.
  const user = await currentUser();
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-lg focus:bg-surface focus:p-2"
        >
          Skip to content
        </a>
        <SiteHeader user={user} signOut={<SignOutButton />} />
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          <Providers>{children}</Providers>
          {user && <SessionKeepAlive />}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
