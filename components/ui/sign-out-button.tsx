"use client";

import { signOut } from "next-auth/react";
import { BUTTON_VARIANTS } from "./button";

export function SignOutButton() {
  return (
    <button type="button" className={BUTTON_VARIANTS.quiet} onClick={() => signOut({ callbackUrl: "/" })}>
      Sign out
    </button>
  );
}
