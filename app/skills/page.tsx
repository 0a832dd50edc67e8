import type { Metadata } from "next";
import Link from "next/link";
import { SKILL_CATEGORIES } from "@/lib/domain/framework";
import { listSkills } from "@/lib/services/skills";

export const metadata: Metadata = { title: "Skills" };

export default async function SkillsPage() {
  const { skills } = await listSkills();
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Skills</h1>
        <p className="max-w-2xl text-muted">
          The twenty skills the three roles are measured on: what each level looks like, why each role needs it and where to learn it.
        </p>
      </header>
      <div className="grid gap-6 md:grid-cols-2">
        {SKILL_CATEGORIES.map((category) => (
          <section key={category} aria-labelledby={`category-${category}`} className="space-y-2">
            <h2 id={`category-${category}`} className="text-xl font-semibold">
              {category}
            </h2>
            <ul className="list-disc space-y-1 pl-6">
              {skills
                .filter((skill) => skill.category === category)
                .map((skill) => (
                  <li key={skill.slug}>
                    <Link href={`/skills/${skill.slug}`}>{skill.name}</Link>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
