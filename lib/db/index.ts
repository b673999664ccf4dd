// The one Prisma client of the app, cached on globalThis so dev hot reloads reuse it.
import "server-only";
import { createPrismaClient, type Db } from "./client.ts";

const globalForDb = globalThis as unknown as { paperClubDb?: Db };

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which provide it.");
  }
  return url;
}

export function getDb(): Db {
  globalForDb.paperClubDb ??= createPrismaClient(databaseUrl());
  return globalForDb.paperClubDb;
}

export type { Db } from "./client.ts";
export * from "./generated/enums.ts";
