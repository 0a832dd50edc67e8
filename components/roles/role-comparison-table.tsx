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

/** The three roles side by side, one column each. */
export function RoleComparisonTable({ roles }: { roles: readonly RoleSummary[] }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="comparison-caption">
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
  );
}
