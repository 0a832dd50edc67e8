"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { api } from "@/components/api-client";
import { buttonClass } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { signUpSchema, type SignUpInput } from "@/lib/schemas/account";
import { SIGNED_UP_EMAIL_KEY } from "./signed-up-email";
import { NewPasswordField } from "./new-password-field";
import { useFieldErrors } from "./use-zod-form";

export function SignUpForm() {
  const router = useRouter();
  const { errors, validate, fromServer, clearOnEdit } = useFieldErrors();
  const signUp = useMutation({
    mutationFn: (input: SignUpInput) => api<{ message: string }>("/api/v1/users", { method: "POST", body: input }),
    onSuccess: (_, input) => {
      sessionStorage.setItem(SIGNED_UP_EMAIL_KEY, input.email);
      router.push("/signin?registered=1");
    },
    onError: fromServer,
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { email: String(form.get("email")), password: String(form.get("password")), name: String(form.get("name") ?? "") };
    if (validate(signUpSchema, input)) signUp.mutate(input);
  }

  return (
    <form onSubmit={onSubmit} onChange={clearOnEdit} noValidate className="space-y-4">
      {errors.form && <FormMessage tone="error">{errors.form}</FormMessage>}
      <Field label="Name (optional)" name="name" autoComplete="name" error={errors.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required error={errors.email} />
      <NewPasswordField label="Password" name="password" error={errors.password} />
      <button type="submit" className={buttonClass} disabled={signUp.isPending}>
        {signUp.isPending ? "Creating your account…" : "Create account"}
      </button>
      <p className="text-sm">
        Already have an account? <Link href="/signin">Sign in</Link>
      </p>
    </form>
  );
}
