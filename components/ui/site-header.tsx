import Link from "next/link";
import { ButtonLink } from "./button";
import { NavLink } from "./nav-link";

export interface HeaderUser {
  name: string | null;
  email: string;
}

const SIGNED_IN_LINKS = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/assess", label: "Assess" },
  { href: "/compare", label: "Compare" },
  { href: "/history", label: "History" },
  { href: "/workspaces", label: "Workspaces" },
];

export function SiteHeader({ user, signOut }: { user: HeaderUser | null; signOut?: React.ReactNode }) {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-ink no-underline">
          Skillgap
        </Link>
        <nav
          aria-label="Main"
          className="order-last flex w-full flex-wrap items-center gap-x-4 gap-y-1 text-sm sm:order-none sm:w-auto sm:flex-1"
        >
          <NavLink href="/roles">Roles</NavLink>
          <NavLink href="/skills">Skills</NavLink>
          {user &&
            SIGNED_IN_LINKS.map((link) => (
              <NavLink key={link.href} href={link.href}>
                {link.label}
              </NavLink>
            ))}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          {user ? (
            <>
              <Link href="/settings" aria-label={`Settings for ${user.name ?? user.email}`}>
                {user.name ?? user.email}
              </Link>
              {signOut}
            </>
          ) : (
            <>
              <Link href="/signin">Sign in</Link>
              <ButtonLink href="/signup" className="px-3 py-1.5">
                Sign up
              </ButtonLink>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
