import type { Metadata } from "next";
import { SignInForm } from "@/components/forms/sign-in-form";
import { OAUTH_PROVIDERS } from "@/lib/auth/options";
import { SIGN_UP_ACCEPTED } from "@/lib/schemas/account";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[]; registered?: string | string[]; error?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, registered } = await searchParams;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Sign in</h1>
      <SignInForm callbackUrl={callbackUrl} providers={OAUTH_PROVIDERS} notice={registered ? SIGN_UP_ACCEPTED : undefined} />
    </div>
  );
}
