import Link from "next/link";
import { listRoles } from "@/lib/services/roles";

export default async function LandingPage() {
  const { roles } = await listRoles();
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold sm:text-4xl">Which machine-learning career are you closest to?</h1>
        <p className="max-w-2xl text-lg text-slate-700 dark:text-slate-300">
          Data Scientist, Machine Learning Engineer and Machine Learning Researcher share skills but weight them very differently. Rate
          yourself once against twenty core skills, see how far you are from each role, and watch the gap to your target close as you
          reassess.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link
            href="/signup"
            className="rounded-md bg-indigo-700 px-4 py-2 font-medium text-white no-underline hover:bg-indigo-800 dark:bg-indigo-500 dark:text-slate-950"
          >
            Create a free account
          </Link>
          <Link href="/roles" className="rounded-md border border-slate-300 px-4 py-2 font-medium no-underline dark:border-slate-700">
            Compare the roles
          </Link>
        </div>
      </section>
      <section aria-labelledby="roles-heading" className="space-y-4">
        <h2 id="roles-heading" className="text-xl font-semibold">
          The three roles
        </h2>
        <ul className="grid gap-4 md:grid-cols-3">
          {roles.map((role) => (
            <li key={role.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
              <h3 className="font-semibold">
                <Link href={`/roles/${role.slug}`}>{role.name}</Link>
              </h3>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{role.focus}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="how-heading" className="space-y-2">
        <h2 id="how-heading" className="text-xl font-semibold">
          How it works
        </h2>
        <ol className="list-decimal space-y-1 pl-6 text-slate-700 dark:text-slate-300">
          <li>Rate each skill from 0 (None) to 5 (Expert), with a note of evidence if you like.</li>
          <li>See your readiness for every role, and the one skill that would lift it most.</li>
          <li>Reassess as you learn: every assessment is kept, so you see the gap close over time.</li>
        </ol>
      </section>
    </div>
  );
}
