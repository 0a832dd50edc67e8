import type { Metadata } from "next";
import { SignInForm } from "@/components/forms/sign-in-form";
import { OAUTH_PROVIDERS, OAUTH_SIGN_IN_PROBLEMS } from "@/lib/auth/options";
import { SIGN_UP_ACCEPTED } from "@/lib/schemas/account";

export const metadata: Metadata = { title: "Sign in" };

type Props = {
  searchParams: Promise<{
    callbackUrl?: string | string[];
    registered?: string | string[];
    reset?: string | string[];
    error?: string | string[];
  }>;
};

const PASSWORD_RESET_DONE = "Your password is changed and every session has ended. Sign in with the new password.";

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, registered, reset, error } = await searchParams;
  const notice = registered ? SIGN_UP_ACCEPTED : reset ? PASSWORD_RESET_DONE : undefined;
  const problem = typeof error === "string" ? OAUTH_SIGN_IN_PROBLEMS[error] : undefined;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Sign in</h1>
      <SignInForm callbackUrl={callbackUrl} providers={OAUTH_PROVIDERS} notice={notice} problem={problem} />
    </div>
  );
}
