// NextAuth configuration: email magic links (in production only with a mail server),
// GitHub/Discord/Google when configured, and the development sign-in. Cookies hold a signed
// token pointing at an auth_sessions row. Every redirect stays on this site.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import DiscordProvider from "next-auth/providers/discord";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { getDb } from "../db/index.ts";
import { assertSafeProductionConfig, env as processEnv, isEmailSignInAvailable, type Env } from "../env.ts";
import { safeRedirectUrl } from "../http/safe-redirect.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { createAdapter, normaliseEmail } from "./adapter.ts";
import { createAuthSession, revokeAuthSession, SESSION_MAX_AGE_SECONDS } from "./auth-sessions.ts";
import { emailProvider, signInEmailSchema } from "./email-provider.ts";
import { authSecret } from "./secret.ts";

assertSafeProductionConfig(processEnv);

export const DEV_PROVIDER_ID = "dev";

/** Email sign-in is offered: with SMTP_URL, or outside production (the development outbox). */
export function isEmailSignInEnabled(env: Env = processEnv) {
  return isEmailSignInAvailable(env);
}

export function enabledOAuthProviders(env: Env = processEnv) {
  return [
    env.GITHUB_ID && env.GITHUB_SECRET ? { id: "github", name: "GitHub", origin: "https://github.com" } : null,
    env.DISCORD_ID && env.DISCORD_SECRET ? { id: "discord", name: "Discord", origin: "https://discord.com" } : null,
    env.GOOGLE_ID && env.GOOGLE_SECRET ? { id: "google", name: "Google", origin: "https://accounts.google.com" } : null,
  ].filter((p) => p !== null);
}

export function isDevLoginEnabled(env: Env = processEnv) {
  return env.AUTH_DEV_LOGIN && env.NODE_ENV !== "production";
}

/** Makes ADMIN_EMAILS admins when they sign in (also for people who existed before). */
async function applyAdminEmails(env: Env, userId: string, address: string | null | undefined) {
  if (!address || !env.ADMIN_EMAILS.includes(normaliseEmail(address))) return;
  await getDb().$transaction(async (tx) => {
    const updated = await tx.user.updateMany({ where: { id: userId, role: { not: "ADMIN" } }, data: { role: "ADMIN" } });
    if (updated.count > 0) {
      await writeAudit({ actorId: null, action: "role.granted_by_admin_emails", targetType: "user", targetId: userId, data: { role: "ADMIN" } }, tx);
    }
  });
}

function devProvider(env: Env) {
  return CredentialsProvider({
    id: DEV_PROVIDER_ID,
    name: "Development sign-in",
    credentials: { email: { label: "Email", type: "email" } },
    async authorize(credentials) {
      const parsed = signInEmailSchema.safeParse(credentials?.email);
      if (!parsed.success) return null;
      const db = getDb();
      const existing = await db.user.findUnique({ where: { email: parsed.data } });
      if (existing?.deletedAt) return null;
      const user =
        existing ??
        (await db.user.create({
          data: { email: parsed.data, name: parsed.data.split("@")[0], role: env.ADMIN_EMAILS.includes(parsed.data) ? "ADMIN" : "MEMBER" },
        }));
      return { id: user.id, email: user.email, name: user.name };
    },
  });
}

export function buildAuthOptions(env: Env = processEnv): NextAuthOptions {
  const providers: NextAuthOptions["providers"] = [];
  if (isEmailSignInEnabled(env)) providers.push(emailProvider(env));
  if (env.GITHUB_ID && env.GITHUB_SECRET) providers.push(GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET }));
  if (env.DISCORD_ID && env.DISCORD_SECRET) providers.push(DiscordProvider({ clientId: env.DISCORD_ID, clientSecret: env.DISCORD_SECRET }));
  if (env.GOOGLE_ID && env.GOOGLE_SECRET) providers.push(GoogleProvider({ clientId: env.GOOGLE_ID, clientSecret: env.GOOGLE_SECRET }));
  if (isDevLoginEnabled(env)) providers.push(devProvider(env));

  return {
    adapter: createAdapter(),
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    providers,
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
    callbacks: {
      // Where NextAuth sends the browser after signing in or out: only somewhere on this site.
      async redirect({ url, baseUrl }) {
        return safeRedirectUrl(url, baseUrl);
      },
      async jwt({ token, user }) {
        // On sign-in only: open a server-side session; later requests carry its id.
        if (user) {
          await applyAdminEmails(env, user.id, user.email);
          token.sid = await createAuthSession(user.id);
          token.sub = user.id;
        }
        return token;
      },
      async session({ session }) {
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeAuthSession(token.sid);
      },
    },
  };
}
