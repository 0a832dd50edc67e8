import { useId } from "react";

interface CardProps {
  title?: React.ReactNode;
  /** A line under the title saying what the card is for. */
  description?: React.ReactNode;
  headingLevel?: 2 | 3;
  /** Shown at the title's end: a link or a button that acts on the card. */
  action?: React.ReactNode;
  className?: string;
  children: React.ReactNode;
}

export const cardClass = "rounded-xl border border-line bg-surface p-4 shadow-sm sm:p-5";

/** A titled section of a page; its title names the landmark for screen readers. */
export function Card({ title, description, headingLevel = 2, action, className = "", children }: CardProps) {
  const id = useId();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={title ? id : undefined} className={`${cardClass} space-y-3 ${className}`}>
      {title && (
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div className="space-y-1">
            <Heading id={id} className={headingLevel === 2 ? "text-lg font-semibold" : "text-base font-semibold"}>
              {title}
            </Heading>
            {description && <p className="text-sm text-muted">{description}</p>}
          </div>
          {action}
        </div>
      )}
      {children}
    </section>
  );
}
