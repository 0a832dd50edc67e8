import { ButtonLink } from "@/components/ui/button";

// A revoked link is deleted, so a revoked, an expired and a mistyped link all end here: the words cover what the visitor can act on.
export default function SharedProfileNotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-12 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent-ink">Link not available</p>
      <h1 className="text-3xl font-bold">This shared profile is not available</h1>
      <p className="text-muted">
        Its owner turned the link off, or it expired. Ask them for a new one; a link shows the profile only while it is on.
      </p>
      <ButtonLink href="/" variant="secondary">
        What is Skillgap?
      </ButtonLink>
    </div>
  );
}
