"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * A main-navigation link that marks the section being viewed (aria-current,
 * and a visible underline). A client component because the header lives in
 * the root layout, which is not rendered again when the user navigates.
 */
export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className="font-medium text-ink no-underline decoration-2 underline-offset-4 hover:text-accent-ink hover:underline aria-[current=page]:text-accent-ink aria-[current=page]:underline"
    >
      {children}
    </Link>
  );
}
