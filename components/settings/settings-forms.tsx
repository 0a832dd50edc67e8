"use client";

import { useMutation } from "@tanstack/react-query";
import { cardClass } from "@/components/ui/card";
import { signIn, signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/components/api-client";
import { buttonClass, dangerButtonClass, secondaryButtonClass } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { useFieldErrors } from "@/components/forms/use-zod-form";
import {
  changePasswordSchema,
  deleteAccountSchema,
  PASSWORD_MAX,
  PASSWORD_MIN,
  updateMeSchema,
  type ChangePasswordInput,
  type DeleteAccountInput,
} from "@/lib/schemas/account";

const sectionClass = `${cardClass} space-y-4`;

export function NameForm({ name }: { name: string | null }) {
  const router = useRouter();
  const { errors, validate, fromServer } = useFieldErrors();
  const save = useMutation({
    mutationFn: (input: { name: string }) => api("/api/v1/me", { method: "PATCH", body: input }),
    onSuccess: () => router.refresh(),
    onError: fromServer,
  });
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { name: String(new FormData(event.currentTarget).get("name")) };
    if (validate(updateMeSchema, input)) save.mutate(input);
  }
  return (
    <section aria-labelledby="name-heading" className={sectionClass}>
      <h2 id="name-heading" className="text-lg font-semibold">
        Name
      </h2>
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        {save.isSuccess && <FormMessage tone="success">Your name is saved.</FormMessage>}
        {errors.form && <FormMessage tone="error">{errors.form}</FormMessage>}
        <Field label="Name" name="name" defaultValue={name ?? ""} autoComplete="name" error={errors.name} />
        <button type="submit" className={buttonClass} disabled={save.isPending}>
          Save name
        </button>
      </form>
    </section>
  );
}

export function PasswordForm({ email }: { email: string }) {
  const { errors, validate, fromServer } = useFieldErrors();
  const change = useMutation({
    mutationFn: async (input: ChangePasswordInput) => {
      await api("/api/v1/me/password", { method: "POST", body: input });
      // Every session ended with the change, this one too: sign in again with the new password.
      await signIn("credentials", { email, password: input.newPassword, redirect: false });
    },
    onError: fromServer,
  });
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = { currentPassword: String(data.get("currentPassword")), newPassword: String(data.get("newPassword")) };
    if (validate(changePasswordSchema, input)) change.mutate(input, { onSuccess: () => form.reset() });
  }
  return (
    <section aria-labelledby="password-heading" className={sectionClass}>
      <h2 id="password-heading" className="text-lg font-semibold">
        Password
      </h2>
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        {change.isSuccess && <FormMessage tone="success">Password changed. Every other session has been signed out.</FormMessage>}
        {errors.form && <FormMessage tone="error">{errors.form}</FormMessage>}
        <input type="email" name="username" autoComplete="username" defaultValue={email} hidden readOnly />
        <Field
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          error={errors.currentPassword}
        />
        <Field
          label="New password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          maxLength={PASSWORD_MAX}
          hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`}
          error={errors.newPassword}
        />
        <button type="submit" className={buttonClass} disabled={change.isPending}>
          Change password
        </button>
      </form>
    </section>
  );
}

export function SessionsSection() {
  const everywhere = useMutation({
    mutationFn: () => api("/api/v1/me/sign-out-everywhere", { method: "POST" }),
    onSuccess: () => signOut({ callbackUrl: "/signin" }),
  });
  return (
    <section aria-labelledby="sessions-heading" className={sectionClass}>
      <h2 id="sessions-heading" className="text-lg font-semibold">
        Sessions
      </h2>
      <p className="text-sm">Signed in on a shared or lost device? End every session, this one included.</p>
      {everywhere.isError && <FormMessage tone="error">Could not sign out everywhere. Try again.</FormMessage>}
      <button type="button" className={secondaryButtonClass} disabled={everywhere.isPending} onClick={() => everywhere.mutate()}>
        Sign out everywhere
      </button>
    </section>
  );
}

export function ExportSection() {
  return (
    <section aria-labelledby="export-heading" className={sectionClass}>
      <h2 id="export-heading" className="text-lg font-semibold">
        Your data
      </h2>
      <p className="text-sm">Everything you entered, to keep or to import again later.</p>
      <ul className="flex flex-wrap gap-4 text-sm">
        <li>
          <a href="/api/v1/export" download>
            Download everything (JSON)
          </a>
        </li>
        <li>
          <a href="/api/v1/export.csv" download>
            Download ratings (CSV)
          </a>
        </li>
      </ul>
    </section>
  );
}

/** An account with a password confirms with it; one without (GitHub or Google only) needs a sign-in in the last ten minutes instead. */
export function DeleteAccountForm({ email, hasPassword }: { email: string; hasPassword: boolean }) {
  const [open, setOpen] = useState(false);
  const { errors, validate, fromServer } = useFieldErrors();
  const remove = useMutation({
    mutationFn: (input: DeleteAccountInput) => api("/api/v1/me", { method: "DELETE", body: input }),
    onSuccess: () => signOut({ callbackUrl: "/" }),
    onError: fromServer,
  });
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = hasPassword ? { currentPassword: String(new FormData(event.currentTarget).get("currentPassword")) } : {};
    // An empty password field fails the schema ("Enter your current password."), so the form needs nothing more.
    if (validate(deleteAccountSchema, input)) remove.mutate(input);
  }
  return (
    <section aria-labelledby="delete-heading" className={`${sectionClass} border-danger-ink/50`}>
      <h2 id="delete-heading" className="text-lg font-semibold">
        Delete account
      </h2>
      <p className="text-sm">
        This deletes your account and every assessment, rating and note in it. It cannot be undone; export your data first if you want to
        keep it.
      </p>
      {!open ? (
        <button type="button" className={dangerButtonClass} onClick={() => setOpen(true)}>
          Delete my account…
        </button>
      ) : (
        <form onSubmit={onSubmit} noValidate className="space-y-3">
          {errors.form && <FormMessage tone="error">{errors.form}</FormMessage>}
          {hasPassword ? (
            <>
              <input type="email" name="username" autoComplete="username" defaultValue={email} hidden readOnly />
              <Field
                label="Your current password, to confirm"
                name="currentPassword"
                type="password"
                autoComplete="current-password"
                error={errors.currentPassword}
              />
            </>
          ) : (
            <p className="text-sm">You sign in with GitHub or Google: if that was more than 10 minutes ago, sign in again first.</p>
          )}
          <div className="flex gap-2">
            <button type="submit" className={dangerButtonClass} disabled={remove.isPending}>
              Delete account and all data
            </button>
            <button type="button" className={secondaryButtonClass} onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
