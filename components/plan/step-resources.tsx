import type { LearningResource } from "@/lib/domain/skill-guides";

/** A plan step's resources, each with its kind and the level it is written for. */
export function StepResources({ resources, label }: { resources: readonly LearningResource[]; label: string }) {
  if (resources.length === 0) return null;
  return (
    <ul aria-label={label} className="space-y-1 text-sm">
      {resources.map((resource) => (
        <li key={resource.url}>
          <a href={resource.url} rel="noopener noreferrer" target="_blank">
            {resource.title}
          </a>{" "}
          <span className="text-muted">
            ({resource.kind}, level {resource.level})
          </span>
        </li>
      ))}
    </ul>
  );
}
