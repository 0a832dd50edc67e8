import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/forms/reset-password-form";
import { FormMessage } from "@/components/ui/field";
import { RESET_LINK_UNUSABLE } from "@/lib/schemas/password-reset";
import { isPasswordResetUsable } from "@/lib/services/confirm-password-reset";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const usable = typeof token === "string" && token !== "" && (await isPasswordResetUsable(token));
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Choose a new password</h1>
      {usable ? (
        <>
          <p className="text-muted">Every session of your account ends when you save it: sign in again with the new password.</p>
          <ResetPasswordForm token={token as string} />
        </>
      ) : typeof token === "string" && token ? (
        // Said before the form asks for two passwords, not after they are typed.
        <FormMessage tone="error">
          {RESET_LINK_UNUSABLE} <Link href="/forgot-password">Ask for a new link</Link>.
        </FormMessage>
      ) : (
        <FormMessage tone="error">
          This page needs the link from the reset email. <Link href="/forgot-password">Ask for a new link</Link>.
        </FormMessage>
      )}
    </div>
  );
}
