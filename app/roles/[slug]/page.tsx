import type { Metadata } from "next";
import { SkillsByCategory } from "@/components/roles/skills-by-category";
import { ButtonLink } from "@/components/ui/button";
import { orNotFound } from "@/lib/http/pages";
import { getRole } from "@/lib/services/roles";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await orNotFound(getRole((await params).slug))).name };
}

export default async function RolePage({ params }: Props) {
  const role = await orNotFound(getRole((await params).slug));
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{role.name}</h1>
        <p className="text-lg text-muted">{role.focus}</p>
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <div>
            <dt className="inline font-medium">Math: </dt>
            <dd className="inline">{role.mathLevel}</dd>
          </div>
          <div>
            <dt className="inline font-medium">Programming: </dt>
            <dd className="inline">{role.programmingLevel}</dd>
          </div>
          <div>
            <dt className="inline font-medium">Deployment: </dt>
            <dd className="inline">{role.deploymentLevel}</dd>
          </div>
          <div>
            <dt className="inline font-medium">Typical employers: </dt>
            <dd className="inline">{role.employers}</dd>
          </div>
        </dl>
        <ButtonLink href="/assess">Assess yourself against this role</ButtonLink>
      </header>
      <section aria-labelledby="responsibilities" className="space-y-2">
        <h2 id="responsibilities" className="text-xl font-semibold">
          Responsibilities
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {role.responsibilities.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="skills" className="space-y-4">
        <h2 id="skills" className="text-xl font-semibold">
          Skills and target levels
        </h2>
        <SkillsByCategory skills={role.skills} />
      </section>
    </article>
  );
}
