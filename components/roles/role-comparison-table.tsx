import Link from "next/link";

interface RoleSummary {
  slug: string;
  name: string;
  focus: string;
  mathLevel: string;
  programmingLevel: string;
  deploymentLevel: string;
  employers: string;
}

const ROWS: { label: string; value: (role: RoleSummary) => string }[] = [
  { label: "Primary focus", value: (role) => role.focus },
  { label: "Math level", value: (role) => role.mathLevel },
  { label: "Programming", value: (role) => role.programmingLevel },
  { label: "Deployment", value: (role) => role.deploymentLevel },
  { label: "Typical employers", value: (role) => role.employers },
];

/** The three roles side by side, one column each; on a phone, where three columns do not fit, one card per role. */
export function RoleComparisonTable({ roles }: { roles: readonly RoleSummary[] }) {
  return (
    <>
      <section aria-labelledby="comparison-cards-heading" className="space-y-2 sm:hidden">
        <h2 id="comparison-cards-heading" className="font-semibold">
          The roles side by side
        </h2>
        <ul className="space-y-3">
          {roles.map((role) => (
            <li key={role.slug} className="rounded-xl border border-line bg-surface p-4 shadow-sm">
              <h3 className="font-semibold">
                <Link href={`/roles/${role.slug}`}>{role.name}</Link>
              </h3>
              <dl className="mt-2 space-y-2 text-sm">
                {ROWS.map((row) => (
                  <div key={row.label}>
                    <dt className="font-medium text-muted">{row.label}</dt>
                    <dd>{row.value(role)}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      </section>
      <div className="hidden overflow-x-auto sm:block" tabIndex={0} role="region" aria-labelledby="comparison-caption">
        <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
          <caption id="comparison-caption" className="mb-2 text-left font-semibold">
            The roles side by side
          </caption>
          <thead>
            <tr>
              <td className="p-2" />
              {roles.map((role) => (
                <th key={role.slug} scope="col" className="border-b border-line p-2">
                  <Link href={`/roles/${role.slug}`}>{role.name}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row.label} className="border-b border-line">
                <th scope="row" className="p-2 font-medium">
                  {row.label}
                </th>
                {roles.map((role) => (
                  <td key={role.slug} className="p-2 align-top">
                    {row.value(role)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
