"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { api } from "@/components/api-client";
import { buttonClass } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { PASSWORD_MAX } from "@/lib/schemas/account";
import { resetPasswordFormSchema } from "@/lib/schemas/password-reset";
import { NewPasswordField } from "./new-password-field";
import { useFieldErrors } from "./use-zod-form";

export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const { errors, validate, fromServer, clearOnEdit } = useFieldErrors();
  const reset = useMutation({
    mutationFn: (input: { token: string; newPassword: string }) => api("/api/v1/password-resets/confirm", { method: "POST", body: input }),
    // Signed in again, the owner first sees the links that outlive a password change (whoever reset it may not be the only one who had it).
    onSuccess: () => router.push(`/signin?reset=1&callbackUrl=${encodeURIComponent("/settings/access")}`),
    onError: fromServer,
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { token, newPassword: String(form.get("newPassword")), confirmPassword: String(form.get("confirmPassword")) };
    const parsed = validate(resetPasswordFormSchema, input);
    if (parsed) reset.mutate({ token: parsed.token, newPassword: parsed.newPassword });
  }

  return (
    <form onSubmit={onSubmit} onChange={clearOnEdit} noValidate className="space-y-4">
      {errors.form && <FormMessage tone="error">{errors.form}</FormMessage>}
      {errors.token && (
        <FormMessage tone="error">
          {errors.token} <Link href="/forgot-password">Ask for a new link</Link>.
        </FormMessage>
      )}
      <NewPasswordField label="New password" name="newPassword" error={errors.newPassword} />
      <Field
        label="New password again"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        maxLength={PASSWORD_MAX}
        error={errors.confirmPassword}
      />
      <button type="submit" className={buttonClass} disabled={reset.isPending}>
        {reset.isPending ? "Saving…" : "Set new password"}
      </button>
    </form>
  );
}
