"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { api } from "@/components/api-client";
import { buttonClass } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { requestPasswordResetSchema, type RequestPasswordResetInput } from "@/lib/schemas/password-reset";
import { useFieldErrors } from "./use-zod-form";

export function ForgotPasswordForm() {
  const { errors, validate, fromServer, clearOnEdit } = useFieldErrors();
  const ask = useMutation({
    mutationFn: (input: RequestPasswordResetInput) => api<{ message: string }>("/api/v1/password-resets", { method: "POST", body: input }),
    onError: fromServer,
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { email: String(new FormData(event.currentTarget).get("email")) };
    if (validate(requestPasswordResetSchema, input)) ask.mutate(input);
  }

  if (ask.isSuccess) {
    return (
      <div className="space-y-4">
        <FormMessage tone="success">{ask.data.message}</FormMessage>
        <p className="text-sm">
          No message after a few minutes? Check your spam folder, or <Link href="/signin">go back to sign in</Link>.
        </p>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} onChange={clearOnEdit} noValidate className="space-y-4">
      {errors.form && <FormMessage tone="error">{errors.form}</FormMessage>}
      <Field label="Email" name="email" type="email" autoComplete="email" required error={errors.email} />
      <button type="submit" className={buttonClass} disabled={ask.isPending}>
        {ask.isPending ? "Sending…" : "Send me a reset link"}
      </button>
      <p className="text-sm">
        Remembered it? <Link href="/signin">Sign in</Link>
      </p>
    </form>
  );
}
