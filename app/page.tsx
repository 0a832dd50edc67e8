import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { currentUser } from "@/lib/auth/session";
import { listRoles } from "@/lib/services/roles";

export default async function LandingPage() {
  const [{ roles }, user] = await Promise.all([listRoles(), currentUser()]);
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold sm:text-4xl">Which machine-learning career are you closest to?</h1>
        <p className="max-w-2xl text-lg text-muted">
          Data Scientist, Machine Learning Engineer and Machine Learning Researcher share skills but weight them very differently. Rate
          yourself once against twenty core skills, see how far you are from each role, and watch the gap to your target close as you
          reassess.
        </p>
        <div className="flex flex-wrap gap-3">
          {user ? (
            <ButtonLink href="/dashboard">Go to your dashboard</ButtonLink>
          ) : (
            <ButtonLink href="/signup">Create a free account</ButtonLink>
          )}
          <ButtonLink href="/roles" variant="secondary">
            Compare the roles
          </ButtonLink>
        </div>
      </section>
      <section aria-labelledby="roles-heading" className="space-y-4">
        <h2 id="roles-heading" className="text-xl font-semibold">
          The three roles
        </h2>
        <ul className="grid gap-4 md:grid-cols-3">
          {roles.map((role) => (
            <li key={role.slug} className={cardClass}>
              <h3 className="font-semibold">
                <Link href={`/roles/${role.slug}`}>{role.name}</Link>
              </h3>
              <p className="mt-1 text-sm text-muted">{role.focus}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="how-heading" className="space-y-2">
        <h2 id="how-heading" className="text-xl font-semibold">
          How it works
        </h2>
        <ol className="list-decimal space-y-1 pl-6 text-muted">
          <li>Rate each skill from 0 (None) to 5 (Expert), with a note of evidence if you like.</li>
          <li>See your readiness for every role, and the one skill that would lift it most.</li>
          <li>Reassess as you learn: every assessment is kept, so you see the gap close over time.</li>
        </ol>
      </section>
    </div>
  );
}
