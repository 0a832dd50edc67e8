import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import type { Provider } from "next-auth/providers/index";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { sameOriginPath } from "@/lib/domain/callback-url";
import { findOrCreateOAuthUser, revokeSession } from "@/lib/db/users";
import { env, letNextAuthTrustTheRequestHost, type Env } from "@/lib/env";
import { authenticate } from "./authenticate";
import { clientAddress } from "./client-address";
import { resolveAuthSecret } from "./secret";

// Without NEXTAUTH_URL (the README's default), next-auth answers every sign-in
// and sign-out with http://localhost:3000 URLs whatever the app runs on. Let it
// take the origin from the request instead: proxy.ts sets X-Forwarded-Host and
// -Proto from the request itself unless a trusted proxy (TRUST_PROXY) does.
if (!env().NEXTAUTH_URL) letNextAuthTrustTheRequestHost();

const DAY_S = 24 * 60 * 60;
/** Idle timeout: the cookie is renewed at most daily while in use and lapses after 7 idle days. */
export const SESSION_IDLE_SECONDS = 7 * DAY_S;
/** Absolute lifetime: however active, a session ends 30 days after sign-in. */
export const SESSION_ABSOLUTE_MS = 30 * DAY_S * 1000;

function oauthProviders({ GITHUB_ID, GITHUB_SECRET, GOOGLE_ID, GOOGLE_SECRET }: Env): Provider[] {
  const providers: Provider[] = [];
  if (GITHUB_ID && GITHUB_SECRET) providers.push(GitHubProvider({ clientId: GITHUB_ID, clientSecret: GITHUB_SECRET }));
  if (GOOGLE_ID && GOOGLE_SECRET) providers.push(GoogleProvider({ clientId: GOOGLE_ID, clientSecret: GOOGLE_SECRET }));
  return providers;
}

export const OAUTH_PROVIDERS = oauthProviders(env()).map((provider) => ({ id: provider.id, name: provider.name }));

/** Why an OAuth sign-in was refused, by the `error` code it sends back to /signin. */
export const OAUTH_SIGN_IN_PROBLEMS: Record<string, string> = {
  UnverifiedEmail:
    "The provider has not verified that email address, so it cannot sign you in. Verify it there, or sign in with a password.",
  EmailNotProven:
    "An account with this email already exists and its email has not been proved. Sign in with its password (or use “Forgot your password?”, " +
    "which proves the email), then this provider can sign you in to it too.",
};

export const authOptions: NextAuthOptions = {
  secret: resolveAuthSecret(),
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS, updateAge: DAY_S },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      // Throws the user-facing message (wrong credentials, throttled); next-auth passes it to the form.
      authorize: (credentials, request) => authenticate(credentials ?? {}, clientAddress(request?.headers)),
    }),
    ...oauthProviders(env()),
  ],
  callbacks: {
    // next-auth's own check reads the raw string; this one resolves it as the browser will.
    redirect: ({ url, baseUrl }) => new URL(sameOriginPath(url, baseUrl), baseUrl).toString(),
    async signIn({ user, account, profile }) {
      if (!account || account.type === "credentials") return true;
      // Link by email only when the provider vouches for it, and (lib/db/users.ts) an existing account's email was proved.
      const verified = account.provider === "github" || (profile as { email_verified?: boolean } | undefined)?.email_verified === true;
      if (!user.email || !verified) return "/signin?error=UnverifiedEmail";
      const linked = await findOrCreateOAuthUser({
        email: user.email.trim().toLowerCase(),
        name: user.name ?? null,
        provider: account.provider,
        providerAccountId: account.providerAccountId,
        type: account.type,
      });
      if (!linked) return "/signin?error=EmailNotProven";
      Object.assign(user, { id: linked.id, sessionVersion: linked.sessionVersion });
      return true;
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sessionVersion = user.sessionVersion;
        token.sessionId = randomUUID();
        token.authTime = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.sub!, email: token.email ?? "", name: token.name ?? null };
      session.sessionVersion = token.sessionVersion;
      session.sessionId = token.sessionId;
      session.authTime = token.authTime;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sub && token.sessionId) {
        await revokeSession(token.sessionId, token.sub, new Date(token.authTime + SESSION_ABSOLUTE_MS));
      }
    },
  },
};
