import { z } from "zod";
import { DAY_MS } from "@/lib/domain/time";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** Trimmed and lower-cased, so one person has one account whatever they type. */
export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, "An email address has at most 254 characters.")
  .pipe(z.email("Enter a valid email address."));

/** A new password's length rules (sign-up, change, reset); the common-password and email checks run on the server. */
export const newPasswordSchema = z
  .string({ error: "Enter a password." })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

const nameSchema = z.string().trim().max(100, "A name has at most 100 characters.");

export const PASSWORD_IS_EMAIL = "Your password must not be your email address.";

/** The password is the (normalised) email, whatever its case or surrounding spaces. */
export function isPasswordTheEmail(password: string, email: string): boolean {
  return password.trim().toLowerCase() === email;
}

export const signUpSchema = z
  .strictObject({
    email: emailSchema,
    password: newPasswordSchema,
    name: nameSchema.optional(),
  })
  .refine((input) => !isPasswordTheEmail(input.password, input.email), { path: ["password"], message: PASSWORD_IS_EMAIL });
/** The one answer to every accepted sign-up, whether or not the email already had an account. */
export const SIGN_UP_ACCEPTED = "Your account is ready. Sign in with your email and password.";
export const signUpAcceptedSchema = z.strictObject({ message: z.string() }).meta({ id: "SignUpAccepted" });

export type SignUpInput = z.input<typeof signUpSchema>;
export type SignUpData = z.output<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX, "Email or password is incorrect."),
});
export type SignInInput = z.input<typeof signInSchema>;

/** GET and PATCH /me: the account as its owner sees it. */
export const meSchema = z
  .strictObject({
    id: z.string(),
    email: z.string(),
    name: z.string().nullable(),
    createdAt: z.iso.datetime(),
    hasPassword: z.boolean().meta({ description: "False for an account that signs in only through GitHub or Google." }),
    targetRole: z.string().nullable().meta({ description: "A role slug, or null while none is chosen." }),
    goalDate: z.iso.date().nullable(),
    goalReadiness: z.number().meta({ description: "0.05 to 1; 1 unless the user set another goal." }),
  })
  .meta({ id: "Me" });
export type Me = z.infer<typeof meSchema>;

/** Today or later, with a day's slack so a viewer west of UTC can still pick their own today. */
function isNotPast(date: string): boolean {
  const yesterday = new Date(Date.now() - DAY_MS).toISOString().slice(0, 10);
  return date >= yesterday;
}

/** PATCH /me: every field optional; null clears the target or the goal date. */
export const updateMeSchema = z
  .strictObject({
    name: nameSchema.optional(),
    targetRole: z.string().max(64).nullable().optional(),
    goalDate: z.iso
      .date("Use a date like 2027-03-14.")
      .refine(isNotPast, "Choose a goal date from today on: this one has passed.")
      .nullable()
      .optional(),
    goalReadiness: z
      .number({ error: "Give the goal readiness as a number from 0.05 to 1." })
      .min(0.05, "Set a goal of at least 5%.")
      .max(1, "A goal cannot exceed 100%.")
      .optional(),
  })
  .refine((input) => Object.keys(input).length > 0, { path: ["body"], message: "Send at least one field to change." });
export type UpdateMeInput = z.input<typeof updateMeSchema>;
export type UpdateMeData = z.output<typeof updateMeSchema>;

const currentPassword = z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(PASSWORD_MAX);

export const changePasswordSchema = z
  .strictObject({ currentPassword, newPassword: newPasswordSchema })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from the current one.",
  });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
export type ChangePasswordData = z.output<typeof changePasswordSchema>;

/** An account with a password confirms with it; one that signs in only through GitHub or Google sends nothing, having signed in recently. */
export const deleteAccountSchema = z.strictObject({ currentPassword: currentPassword.optional() });
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;
export type DeleteAccountData = z.output<typeof deleteAccountSchema>;
