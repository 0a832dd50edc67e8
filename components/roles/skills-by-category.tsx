import Link from "next/link";
import { cardClass } from "@/components/ui/card";
import { levelName, SKILL_CATEGORIES } from "@/lib/domain/framework";

interface TargetedSkill {
  slug: string;
  name: string;
  category: string;
  target: number;
  weight: number;
}

const WEIGHT_LABEL: Record<number, string> = { 3: "Core skill", 2: "From the responsibilities", 1: "Supporting" };

/** A role's needed skills, grouped by category, each with its target as the scale's name. */
export function SkillsByCategory({ skills }: { skills: readonly TargetedSkill[] }) {
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {SKILL_CATEGORIES.map((category) => {
        const inCategory = skills.filter((skill) => skill.category === category && skill.target > 0);
        if (inCategory.length === 0) return null;
        return (
          <section key={category} aria-label={category} className={cardClass}>
            <h3 className="mb-2 font-semibold">{category}</h3>
            <ul className="space-y-2">
              {inCategory.map((skill) => (
                <li key={skill.slug} className="flex flex-wrap justify-between gap-2">
                  <Link href={`/skills/${skill.slug}`}>{skill.name}</Link>
                  <span className="text-sm">
                    <strong>
                      {skill.target} {levelName(skill.target)}
                    </strong>
                    <span className="text-muted"> · {WEIGHT_LABEL[skill.weight]}</span>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
