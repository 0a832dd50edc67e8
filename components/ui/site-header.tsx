import Link from "next/link";

export interface HeaderUser {
  name: string | null;
  email: string;
}

const SIGNED_IN_LINKS = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/assess", label: "Assess" },
  { href: "/compare", label: "Compare" },
  { href: "/history", label: "History" },
];

export function SiteHeader({ user, signOut }: { user: HeaderUser | null; signOut?: React.ReactNode }) {
  return (
    <header className="border-b border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-slate-900 no-underline dark:text-white">
          Skillgap
        </Link>
        <nav
          aria-label="Main"
          className="order-last flex w-full flex-wrap items-center gap-x-4 gap-y-1 text-sm sm:order-none sm:w-auto sm:flex-1"
        >
          <Link href="/roles">Roles</Link>
          <Link href="/skills">Skills</Link>
          {user &&
            SIGNED_IN_LINKS.map((link) => (
              <Link key={link.href} href={link.href}>
                {link.label}
              </Link>
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
              <Link
                href="/signup"
                className="rounded-md bg-indigo-700 px-3 py-1.5 font-medium text-white no-underline hover:bg-indigo-800 dark:bg-indigo-400 dark:text-slate-950 dark:hover:bg-indigo-300"
              >
                Sign up
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
