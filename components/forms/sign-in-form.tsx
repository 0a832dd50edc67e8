"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { buttonClass, secondaryButtonClass } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { sameOriginPath } from "@/lib/domain/callback-url";
import type { SignInInput } from "@/lib/schemas/account";
import { SIGNED_UP_EMAIL_KEY } from "./signed-up-email";
import { useFieldErrors } from "./use-zod-form";

// zod (through the shared schema) and next-auth's client are most of this
// page's own JavaScript: loaded when the user starts on the form, not with the
// page, so /signin stays within its first-load budget (tests/bench/RESULTS.md).
const loadSchema = () => import("@/lib/schemas/account");
const loadNextAuth = () => import("next-auth/react");
function preload() {
  void loadSchema();
  void loadNextAuth();
}

export function SignInForm({
  callbackUrl,
  providers,
  notice,
  problem,
}: {
  callbackUrl?: string | string[];
  providers: { id: string; name: string }[];
  notice?: string;
  problem?: string;
}) {
  const router = useRouter();
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const email = sessionStorage.getItem(SIGNED_UP_EMAIL_KEY);
    if (!email || !emailRef.current) return;
    sessionStorage.removeItem(SIGNED_UP_EMAIL_KEY);
    emailRef.current.value = email;
    passwordRef.current?.focus();
  }, []);
  const destination = sameOriginPath(callbackUrl);
  const { errors, setErrors, validate, clearOnEdit } = useFieldErrors();
  const signInWithPassword = useMutation({
    mutationFn: async (input: SignInInput) => {
      const { signIn } = await loadNextAuth();
      const result = await signIn("credentials", { ...input, redirect: false });
      if (!result?.ok) throw new Error(result?.error ?? "Email or password is incorrect.");
    },
    onSuccess: () => {
      router.push(destination);
      router.refresh();
    },
    onError: (error) => setErrors({ form: error.message }),
  });

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { email: String(form.get("email")), password: String(form.get("password")) };
    const { signInSchema } = await loadSchema();
    if (validate(signInSchema, input)) signInWithPassword.mutate(input);
  }

  return (
    <div className="space-y-6">
      {notice && !errors.form && <FormMessage tone="success">{notice}</FormMessage>}
      {problem && !errors.form && <FormMessage tone="error">{problem}</FormMessage>}
      <form onSubmit={onSubmit} onChange={clearOnEdit} onFocus={preload} noValidate className="space-y-4">
        {errors.form && <FormMessage tone="error">{errors.form}</FormMessage>}
        <Field ref={emailRef} label="Email" name="email" type="email" autoComplete="email" required error={errors.email} />
        <Field
          ref={passwordRef}
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={errors.password}
        />
        <button type="submit" className={buttonClass} disabled={signInWithPassword.isPending}>
          {signInWithPassword.isPending ? "Signing in…" : "Sign in"}
        </button>
        <p className="text-sm">
          <Link href="/forgot-password">Forgot your password?</Link>
        </p>
      </form>
      {providers.length > 0 && (
        <div className="space-y-2">
          <p className="text-sm">Or continue with</p>
          {providers.map((provider) => (
            <button
              key={provider.id}
              type="button"
              className={`${secondaryButtonClass} mr-2`}
              onClick={async () => (await loadNextAuth()).signIn(provider.id, { callbackUrl: destination })}
            >
              {provider.name}
            </button>
          ))}
        </div>
      )}
      <p className="text-sm">
        New here? <Link href="/signup">Create an account</Link>
      </p>
    </div>
  );
}
