import type { Metadata } from "next";
import { SignUpForm } from "@/components/forms/sign-up-form";

export const metadata: Metadata = { title: "Sign up" };

export default function SignUpPage() {
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Create your account</h1>
      <p className="text-muted">Rate yourself once, then see how far you are from each role.</p>
      <SignUpForm />
    </div>
  );
}
