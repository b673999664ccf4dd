// pg-boss used as a library: it builds the SQL to queue, fetch and complete jobs, and we run
// that SQL on a Prisma connection of our choice (`db` option) — in a transaction to queue a
// job together with the change it belongs to. It never connects or polls by itself; the
// workers are started by start-jobs.ts.
import "server-only";
import PgBoss from "pg-boss";
import type { Prisma } from "../db/generated/client.ts";

export const JOB_SCHEMA = "pgboss";

let client: PgBoss | undefined;

export function getJobClient(): PgBoss {
  client ??= new PgBoss({
    schema: JOB_SCHEMA,
    db: { executeSql: () => Promise.reject(new Error("Pass a connection: { db: sqlThrough(tx) }.")) },
  });
  return client;
}

// pg-boss binds JSON payloads as plain objects (node-pg sends them as JSON text); Prisma needs
// the text. Arrays (of job ids) and dates pass through as they are.
const toParam = (v: unknown) => (v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date) ? JSON.stringify(v) : v);

/** Runs pg-boss's SQL through a Prisma client or transaction. */
export function sqlThrough(db: Pick<Prisma.TransactionClient, "$queryRawUnsafe">): PgBoss.Db {
  return {
    executeSql: async (text, values = []) => ({ rows: await db.$queryRawUnsafe<unknown[]>(text, ...values.map(toParam)) }),
  };
}
