import { ButtonLink } from "@/components/ui/button";

// A withdrawn review link is gone like a mistyped one: the words say what the reviewer can do about either.
export default function ReviewNotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-12 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent-ink">Link not available</p>
      <h1 className="text-3xl font-bold">This review link is not available</h1>
      <p className="text-muted">The person who sent it withdrew it, or the address is incomplete. Ask them to send the link again.</p>
      <ButtonLink href="/" variant="secondary">
        What is Skillgap?
      </ButtonLink>
    </div>
  );
}
