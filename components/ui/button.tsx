import Link from "next/link";

const base =
  "inline-flex items-center justify-center gap-2 rounded-lg px-4 py-2 text-sm font-semibold no-underline transition-colors disabled:cursor-not-allowed disabled:opacity-60";

export const BUTTON_VARIANTS = {
  primary: `${base} bg-accent text-on-accent hover:bg-accent-hover`,
  secondary: `${base} border border-control bg-surface text-ink hover:bg-subtle`,
  danger: `${base} bg-danger text-on-danger hover:opacity-90`,
  quiet: `${base} text-accent-ink underline-offset-2 hover:underline px-2`,
} as const;
export type ButtonVariant = keyof typeof BUTTON_VARIANTS;

export const buttonClass = BUTTON_VARIANTS.primary;
export const secondaryButtonClass = BUTTON_VARIANTS.secondary;
export const dangerButtonClass = BUTTON_VARIANTS.danger;

type ButtonProps = React.ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant };

export function Button({ variant = "primary", className = "", type = "button", ...props }: ButtonProps) {
  return <button type={type} className={`${BUTTON_VARIANTS[variant]} ${className}`} {...props} />;
}

/** A link that looks like a button: for actions that go to another page. */
export function ButtonLink({
  variant = "primary",
  className = "",
  ...props
}: React.ComponentProps<typeof Link> & { variant?: ButtonVariant }) {
  return <Link className={`${BUTTON_VARIANTS[variant]} ${className}`} {...props} />;
}
