import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-12 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent-ink">404</p>
      <h1 className="text-3xl font-bold">This page does not exist</h1>
      <p className="text-muted">The link may be old, or the assessment it pointed to may belong to another account.</p>
      <div className="flex flex-wrap justify-center gap-3">
        <ButtonLink href="/">Go to the home page</ButtonLink>
        <ButtonLink href="/roles" variant="secondary">
          Browse the roles
        </ButtonLink>
      </div>
    </div>
  );
}
