import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

let transport: Transporter | undefined;

/**
 * Sends one plain-text message through the SMTP server in SMTP_URL, from
 * MAIL_FROM. Without SMTP_URL (the embedded default) the message is written
 * to the server's log as one line instead, so whoever runs the server can
 * still pass it on.
 */
export async function sendMail({ to, subject, text }: Mail): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) {
    console.log(`Mail not sent (SMTP_URL is not set), to ${to}: ${subject}: ${text.replace(/\s*\n\s*/g, " ")}`);
    return;
  }
  transport ??= nodemailer.createTransport(SMTP_URL);
  await transport.sendMail({ from: MAIL_FROM, to, subject, text });
}
