import "server-only";
import { insertPasswordReset, findUserForPasswordReset } from "@/lib/db/password-resets";
import { reservePasswordResetRequest } from "@/lib/db/throttles";
import { tooManyRequests } from "@/lib/domain/errors";
import { sendMail } from "@/lib/mail/send-mail";
import { PASSWORD_RESET_REQUESTED, type RequestPasswordResetData } from "@/lib/schemas/password-reset";
import { newLinkToken } from "./link-tokens";

export const PASSWORD_RESET_LIFETIME_MS = 30 * 60_000;

/** Where the request came from: the address the throttle counts, and the origin the link points to (lib/http/client.ts). */
export interface ResetRequestClient {
  address: string;
  origin: string;
}

function resetMail(to: string, link: string) {
  return {
    to,
    subject: "Reset your Skillgap password",
    text: [
      "Someone (hopefully you) asked to reset the password of your Skillgap account.",
      `Choose a new password here: ${link}`,
      "The link works once, for 30 minutes. If you did not ask, ignore this message: your password stays as it is.",
    ].join("\n"),
  };
}

/**
 * Sends a single-use reset link to the account's email. The answer is the
 * same whether or not the email has an account, and takes about as long:
 * the token is made either way, and the mail is not waited for (an SMTP
 * round trip would tell the two apart).
 */
export async function requestPasswordReset({ email }: RequestPasswordResetData, client: ResetRequestClient): Promise<{ message: string }> {
  const user = await findUserForPasswordReset(email, client.address);
  const waitMs = await reservePasswordResetRequest(email, client.address, user?.knownAddress ?? false);
  if (waitMs !== null) throw tooManyRequests("password reset requests", waitMs);
  const { token, tokenHash } = newLinkToken();
  if (user) {
    await insertPasswordReset({ tokenHash, userId: user.id, expiresAt: new Date(Date.now() + PASSWORD_RESET_LIFETIME_MS) });
    const link = `${client.origin}/reset-password?token=${token}`;
    sendMail(resetMail(user.email, link)).catch((error: unknown) => console.error("The password reset mail could not be sent:", error));
  }
  return { message: PASSWORD_RESET_REQUESTED };
}
