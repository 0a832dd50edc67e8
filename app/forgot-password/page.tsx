import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/forms/forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Forgot your password?</h1>
      <p className="text-muted">Give the email you signed up with: we&apos;ll send a link to choose a new password.</p>
      <ForgotPasswordForm />
    </div>
  );
}
