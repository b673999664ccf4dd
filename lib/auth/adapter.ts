// NextAuth (v4) adapter over our Prisma client. Ours rather than @auth/prisma-adapter because
// our NextAuth session model is AuthSession (so "Session" means a club session) and emails are
// stored lower-cased. ADMIN_EMAILS become admins when their user is created.
import "server-only";
import type { Adapter, AdapterAccount, AdapterUser } from "next-auth/adapters";
import { getDb } from "../db/index.ts";
import { env } from "../env.ts";
import { writeAudit } from "../audit/write-audit.ts";

type UserRow = { id: string; email: string | null; emailVerified: Date | null; name: string | null; image: string | null };

function toAdapterUser(u: UserRow): AdapterUser {
  return { id: u.id, email: u.email ?? "", emailVerified: u.emailVerified, name: u.name, image: u.image };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function createAdapter(): Adapter {
  const db = getDb();
  return {
    async createUser(user: Omit<AdapterUser, "id">) {
      const email = normaliseEmail(user.email);
      const isAdmin = env.ADMIN_EMAILS.includes(email);
      const row = await db.$transaction(async (tx) => {
        const created = await tx.user.create({
          data: {
            email,
            emailVerified: user.emailVerified ?? null,
            name: user.name ?? null,
            image: user.image ?? null,
            role: isAdmin ? "ADMIN" : "MEMBER",
          },
        });
        if (isAdmin)
          await writeAudit(
            { actorId: null, action: "role.granted_by_admin_emails", targetType: "user", targetId: created.id, data: { role: "ADMIN" } },
            tx,
          );
        return created;
      });
      return toAdapterUser(row);
    },
    async getUser(id) {
      const row = await db.user.findFirst({ where: { id, deletedAt: null } });
      return row ? toAdapterUser(row) : null;
    },
    async getUserByEmail(email) {
      const row = await db.user.findFirst({ where: { email: normaliseEmail(email), deletedAt: null } });
      return row ? toAdapterUser(row) : null;
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const account = await db.account.findUnique({
        where: { provider_providerAccountId: { provider, providerAccountId } },
        include: { user: true },
      });
      return account && !account.user.deletedAt ? toAdapterUser(account.user) : null;
    },
    async updateUser(user) {
      const row = await db.user.update({
        where: { id: user.id },
        data: {
          ...(user.email !== undefined ? { email: normaliseEmail(user.email) } : {}),
          ...(user.emailVerified !== undefined ? { emailVerified: user.emailVerified } : {}),
          ...(user.name !== undefined ? { name: user.name } : {}),
          ...(user.image !== undefined ? { image: user.image } : {}),
        },
      });
      return toAdapterUser(row);
    },
    async linkAccount(account: AdapterAccount) {
      await db.account.create({
        data: {
          userId: account.userId,
          type: account.type,
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          refresh_token: account.refresh_token ?? null,
          access_token: account.access_token ?? null,
          expires_at: account.expires_at ?? null,
          token_type: account.token_type ?? null,
          scope: account.scope ?? null,
          id_token: account.id_token ?? null,
          session_state: typeof account.session_state === "string" ? account.session_state : null,
        },
      });
    },
    async unlinkAccount({ provider, providerAccountId }: Pick<AdapterAccount, "provider" | "providerAccountId">) {
      await db.account.delete({ where: { provider_providerAccountId: { provider, providerAccountId } } });
    },
    async createVerificationToken(token) {
      // A new sign-in link makes the older ones for that address useless: only the newest works.
      // Locked per address, so two links asked for at once cannot both stay alive.
      const identifier = normaliseEmail(token.identifier);
      return db.$transaction(
        async (tx) => {
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('verification-token:' || ${identifier}))`;
          await tx.verificationToken.deleteMany({ where: { identifier } });
          return tx.verificationToken.create({ data: { ...token, identifier } });
        },
        { maxWait: 15_000, timeout: 15_000 },
      );
    },
    async useVerificationToken({ identifier, token }) {
      // Deleting is the check: a token works once.
      const rows = await db.$queryRaw<{ identifier: string; token: string; expires: Date }[]>`
        DELETE FROM verification_tokens WHERE identifier = ${normaliseEmail(identifier)} AND token = ${token}
        RETURNING identifier, token, expires`;
      return rows[0] ?? null;
    },
  };
}
