import Link from "next/link";
import { cardClass as card } from "@/components/ui/card";
import { levelName } from "@/lib/domain/framework";
import type { LearningResource, SkillDetail } from "@/lib/domain/skill-guides";

const WEIGHT_LABEL: Record<number, string> = { 3: "core skill", 2: "from the responsibilities", 1: "supporting" };
const KIND_LABEL: Record<LearningResource["kind"], string> = {
  book: "Book",
  course: "Course",
  documentation: "Documentation",
  article: "Article",
  practice: "Practice",
};

/**
 * One skill: what each level looks like, why each role needs it, and where
 * to learn it, by the level it helps reach. For a signed-in reader, their
 * standing first and the resources from their next level up.
 */
export function SkillDetailView({
  skill,
  standing,
  resourcesFrom = 1,
}: {
  skill: SkillDetail;
  /** The signed-in reader's level, target and next step. */
  standing?: React.ReactNode;
  /** The lowest level whose resources are listed: the reader's next level; the levels below are behind them. */
  resourcesFrom?: number;
}) {
  const allLevels = [...new Set(skill.resources.map((resource) => resource.level))].sort((a, b) => a - b);
  // When the guide lists nothing above the reader's level, every resource stays listed rather than none.
  const ahead = allLevels.filter((level) => level >= resourcesFrom);
  const resourceLevels = ahead.length > 0 ? ahead : allLevels;
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-muted">
          <Link href="/skills">Skills</Link> · {skill.category}
        </p>
        <h1 className="text-3xl font-bold break-words">{skill.name}</h1>
        {skill.description && <p className="max-w-3xl text-lg text-muted">{skill.description}</p>}
      </header>
      {standing}

      <section aria-labelledby="levels-heading" className="space-y-3">
        <h2 id="levels-heading" className="text-xl font-semibold">
          What each level looks like
        </h2>
        <ol className="grid gap-3 md:grid-cols-2">
          {skill.levels.map(({ level, label, descriptor }) => (
            <li key={level} className={card}>
              <p className="font-semibold">
                {level} {label}
              </p>
              <p className="text-sm text-muted">{descriptor}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="roles-heading" className="space-y-3">
        <h2 id="roles-heading" className="text-xl font-semibold">
          Why each role needs it
        </h2>
        <ul className="grid gap-3 md:grid-cols-3">
          {skill.roles.map((role) => (
            <li key={role.slug} className={`${card} space-y-1`}>
              <h3 className="font-semibold">
                <Link href={`/roles/${role.slug}`}>{role.name}</Link>
              </h3>
              <p className="text-sm font-medium">
                {role.target === 0
                  ? "Not needed"
                  : `Target ${role.target} ${levelName(role.target)} · weight ${role.weight}, ${WEIGHT_LABEL[role.weight] ?? "supporting"}`}
              </p>
              {role.why && <p className="text-sm text-muted">{role.why}</p>}
            </li>
          ))}
        </ul>
      </section>

      {skill.resources.length > 0 && (
        <section aria-labelledby="resources-heading" className="space-y-3">
          <h2 id="resources-heading" className="text-xl font-semibold">
            Where to learn it
          </h2>
          <p className="text-sm text-muted">
            Free sources, grouped by the level each one helps you reach
            {resourcesFrom > 1 &&
              (ahead.length > 0
                ? `, starting at your next level, ${resourcesFrom} ${levelName(resourcesFrom)}`
                : `; none is written for a level above yours yet, so all are listed`)}
            .
          </p>
          {resourceLevels.map((level) => (
            <section key={level} aria-labelledby={`resources-${level}`} className="space-y-2">
              <h3 id={`resources-${level}`} className="font-semibold">
                To reach {level} {levelName(level)}
              </h3>
              <ul className="space-y-2">
                {skill.resources
                  .filter((resource) => resource.level === level)
                  .map((resource) => (
                    <li key={resource.url} className="flex flex-wrap items-baseline gap-x-2">
                      <a href={resource.url} rel="noopener noreferrer" className="break-words">
                        {resource.title}
                      </a>
                      <span className="text-sm text-muted">
                        {KIND_LABEL[resource.kind]} · {new URL(resource.url).hostname}
                      </span>
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </section>
      )}
    </article>
  );
}
