/** Where sign-up leaves the email for the sign-in form, so nobody types it twice (kept out of the URL and its logs). */
export const SIGNED_UP_EMAIL_KEY = "skillgap:signed-up-email";
