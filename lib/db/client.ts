// Builds a Prisma client on the pg driver adapter. Secret columns are omitted by default:
// a query that needs one asks for it explicitly (convention 1 in ARCHITECTURE.md).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client.ts";

export const OMITTED_BY_DEFAULT = {
  session: { remoteUrl: true },
  series: { remoteUrl: true },
  user: { calendarToken: true },
  speakerClaim: { inviteTokenHash: true },
} as const;

export function createPrismaClient(databaseUrl: string, options: { max?: number } = {}) {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: options.max ?? 10 });
  return new PrismaClient({ adapter, omit: OMITTED_BY_DEFAULT });
}

export type Db = ReturnType<typeof createPrismaClient>;
