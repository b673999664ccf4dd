// NextAuth configuration: email magic links, GitHub/Discord/Google when configured, and the
// development sign-in. Cookies hold a signed token pointing at an auth_sessions row.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import DiscordProvider from "next-auth/providers/discord";
import EmailProvider from "next-auth/providers/email";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { z } from "zod";
import { getDb } from "../db/index.ts";
import { assertSafeProductionConfig, env } from "../env.ts";
import { sendMail } from "../mail/send-mail.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { createAdapter, normaliseEmail } from "./adapter.ts";
import { createAuthSession, revokeAuthSession, SESSION_MAX_AGE_SECONDS } from "./auth-sessions.ts";
import { authSecret } from "./secret.ts";

assertSafeProductionConfig(env);

export const DEV_PROVIDER_ID = "dev";
const emailSchema = z.string().trim().toLowerCase().email().max(254);

export function enabledOAuthProviders() {
  return [
    env.GITHUB_ID && env.GITHUB_SECRET ? { id: "github", name: "GitHub", origin: "https://github.com" } : null,
    env.DISCORD_ID && env.DISCORD_SECRET ? { id: "discord", name: "Discord", origin: "https://discord.com" } : null,
    env.GOOGLE_ID && env.GOOGLE_SECRET ? { id: "google", name: "Google", origin: "https://accounts.google.com" } : null,
  ].filter((p) => p !== null);
}

export function isDevLoginEnabled() {
  return env.AUTH_DEV_LOGIN && env.NODE_ENV !== "production";
}

/** Makes ADMIN_EMAILS admins when they sign in (also for people who existed before). */
async function applyAdminEmails(userId: string, email: string | null | undefined) {
  if (!email || !env.ADMIN_EMAILS.includes(normaliseEmail(email))) return;
  await getDb().$transaction(async (tx) => {
    const updated = await tx.user.updateMany({ where: { id: userId, role: { not: "ADMIN" } }, data: { role: "ADMIN" } });
    if (updated.count > 0) {
      await writeAudit({ actorId: null, action: "role.granted_by_admin_emails", targetType: "user", targetId: userId, data: { role: "ADMIN" } }, tx);
    }
  });
}

export function buildAuthOptions(): NextAuthOptions {
  const providers: NextAuthOptions["providers"] = [
    EmailProvider({
      // The server setting is unused: sendVerificationRequest below decides how mail goes out.
      server: env.SMTP_URL ?? "smtp://localhost:25",
      from: env.EMAIL_FROM,
      maxAge: 24 * 60 * 60,
      normalizeIdentifier: (identifier) => {
        const parsed = emailSchema.safeParse(identifier);
        if (!parsed.success) throw new Error("That does not look like an email address.");
        return parsed.data;
      },
      async sendVerificationRequest({ identifier, url }) {
        await sendMail({
          to: identifier,
          subject: "Sign in to Paper Club",
          text: `Sign in to Paper Club by opening this link (valid for 24 hours, once):\n\n${url}\n\nIf you did not ask for it, ignore this email.`,
        });
      },
    }),
  ];
  if (env.GITHUB_ID && env.GITHUB_SECRET) providers.push(GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET }));
  if (env.DISCORD_ID && env.DISCORD_SECRET) providers.push(DiscordProvider({ clientId: env.DISCORD_ID, clientSecret: env.DISCORD_SECRET }));
  if (env.GOOGLE_ID && env.GOOGLE_SECRET) providers.push(GoogleProvider({ clientId: env.GOOGLE_ID, clientSecret: env.GOOGLE_SECRET }));
  if (isDevLoginEnabled()) {
    providers.push(
      CredentialsProvider({
        id: DEV_PROVIDER_ID,
        name: "Development sign-in",
        credentials: { email: { label: "Email", type: "email" } },
        async authorize(credentials) {
          const parsed = emailSchema.safeParse(credentials?.email);
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
      }),
    );
  }

  return {
    adapter: createAdapter(),
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    providers,
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
    callbacks: {
      async jwt({ token, user }) {
        // On sign-in only: open a server-side session; later requests carry its id.
        if (user) {
          await applyAdminEmails(user.id, user.email);
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
