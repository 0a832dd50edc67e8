import { z } from "zod";
import { emailSchema, newPasswordSchema } from "./account";

/** POST /password-resets: ask for a reset link. */
export const requestPasswordResetSchema = z.strictObject({ email: emailSchema });
export type RequestPasswordResetInput = z.input<typeof requestPasswordResetSchema>;
export type RequestPasswordResetData = z.output<typeof requestPasswordResetSchema>;

/** The one answer to every accepted request, whether or not the email has an account. */
export const PASSWORD_RESET_REQUESTED =
  "If an account exists for that email, we've sent a link to reset its password. It works once, for 30 minutes.";
export const passwordResetRequestedSchema = z.strictObject({ message: z.string() }).meta({ id: "PasswordResetRequested" });

/** A reset link's token: 32 random bytes, base64url (43 characters). */
const resetTokenSchema = z
  .string({ error: "The reset link has no token: open the link from the email again." })
  .min(1, "The reset link has no token: open the link from the email again.")
  .max(100, "This reset link is not valid. Ask for a new one.");

/** POST /password-resets/confirm: the token from the link and the new password. */
export const confirmPasswordResetSchema = z.strictObject({ token: resetTokenSchema, newPassword: newPasswordSchema });
export type ConfirmPasswordResetData = z.output<typeof confirmPasswordResetSchema>;

/** The reset form: the same input, with the new password typed twice. */
export const resetPasswordFormSchema = z
  .strictObject({ ...confirmPasswordResetSchema.shape, confirmPassword: z.string() })
  .refine((input) => input.confirmPassword === input.newPassword, { path: ["confirmPassword"], message: "The two passwords differ." });
export type ResetPasswordFormInput = z.input<typeof resetPasswordFormSchema>;

/** What the reset page says of a link that no longer works, before any form. */
export const RESET_LINK_UNUSABLE = "This reset link is used up, has expired or is not valid.";
export const INVALID_RESET_TOKEN = `${RESET_LINK_UNUSABLE} Ask for a new one.`;
