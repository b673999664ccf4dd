// Builds a Prisma client on the pg driver adapter. Secret columns are omitted by default:
// a query that needs one asks for it explicitly (docs/architecture.md, convention 1).
import { PrismaPg } from "@prisma/adapter-pg";
import { reportDatabaseDown } from "./availability.ts";
import { isDatabaseUnavailable } from "./errors.ts";
import { PrismaClient } from "./generated/client.ts";

export const OMITTED_BY_DEFAULT = {
  session: { remoteUrl: true },
  series: { remoteUrl: true },
  user: { calendarToken: true },
  speakerClaim: { inviteTokenHash: true },
} as const;

/** A request waits at most this long for a connection, so an outage is a quick 503, not a hang. */
export const CONNECT_TIMEOUT_MS = 10_000;

export function createPrismaClient(databaseUrl: string, options: { max?: number } = {}) {
  // A pooled connection dropped by the server (it stopped, crashed or restarts) is the first
  // sign of an outage, often before any request fails: raise the flag (docs/decisions/021).
  const noteDropped = (error: Error) => {
    if (isDatabaseUnavailable(error)) reportDatabaseDown(() => client.$queryRaw`SELECT 1`.then(() => true));
  };
  const adapter = new PrismaPg(
    { connectionString: databaseUrl, max: options.max ?? 10, connectionTimeoutMillis: CONNECT_TIMEOUT_MS },
    { onPoolError: noteDropped, onConnectionError: noteDropped },
  );
  const client = new PrismaClient({ adapter, omit: OMITTED_BY_DEFAULT });
  return client;
}

export type Db = ReturnType<typeof createPrismaClient>;
