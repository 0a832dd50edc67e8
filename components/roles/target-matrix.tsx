"use client";

import { levelName } from "@/lib/domain/framework";
import { RoleSwitcher, useRoleSwitcher } from "./role-switcher";

interface MatrixRole {
  slug: string;
  name: string;
  skills: readonly { slug: string; target: number; weight: number }[];
}

/** Every skill against every role's target level; core skills (weight 3) marked. */
export function TargetMatrix({
  skills,
  roles,
}: {
  skills: readonly { slug: string; name: string; category: string }[];
  roles: readonly MatrixRole[];
}) {
  const target = (role: MatrixRole, skill: string) => role.skills.find((entry) => entry.slug === skill);
  const { shown, setShown, cellClass } = useRoleSwitcher(roles);
  return (
    <div className="space-y-2">
      <RoleSwitcher roles={roles} shown={shown} onChange={setShown} />
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="matrix-caption">
        <table className="w-full border-collapse text-left text-sm sm:min-w-[36rem]">
          <caption id="matrix-caption" className="mb-2 text-left font-semibold">
            Target level per skill (★ marks a core skill of the role)
          </caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-2">
                Skill
              </th>
              <th scope="col" className="hidden p-2 sm:table-cell">
                Category
              </th>
              {roles.map((role) => (
                <th key={role.slug} scope="col" className={`p-2 ${cellClass(role.slug)}`}>
                  {role.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {skills.map((skill) => (
              <tr key={skill.slug} className="border-b border-line">
                <th scope="row" className="p-2 font-medium">
                  {skill.name}
                </th>
                <td className="hidden p-2 text-muted sm:table-cell">{skill.category}</td>
                {roles.map((role) => {
                  const entry = target(role, skill.slug);
                  const level = entry?.target ?? 0;
                  return (
                    <td key={role.slug} className={`p-2 ${cellClass(role.slug)}`}>
                      {level === 0 ? <span className="text-muted">Not needed</span> : `${level} ${levelName(level)}`}
                      {entry?.weight === 3 && level > 0 && <span aria-label=" (core skill)"> ★</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
