// The backup file (decision 018): gzip-compressed JSON lines, written by lib/db/backup/write-backup.ts
// and read back by restore-backup.ts. First a header (format, when, the applied migrations),
// then each table's columns followed by its rows in batches (every value in PostgreSQL's own
// text form, as COPY writes it, or null), the sequences, pg-boss's queues, and an end line
// with the row counts: a file without it is incomplete and refused.
import { z } from "zod";

export const BACKUP_FORMAT = "paperclub-backup";

/** Session settings under which values are written and read, so their text forms round-trip. */
export const TEXT_SETTINGS = [
  "SET LOCAL TimeZone = 'UTC'",
  "SET LOCAL DateStyle = 'ISO, YMD'",
  "SET LOCAL IntervalStyle = 'postgres'",
  "SET LOCAL extra_float_digits = 3",
  "SET LOCAL bytea_output = 'hex'",
];

const identifier = z.string().min(1).max(63);

export const headerLine = z.object({
  kind: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  createdAt: z.string(),
  migrations: z.array(z.object({ name: z.string().min(1), checksum: z.string() })).min(1),
  /** pg-boss's schema version, or null where pg-boss is not installed. */
  pgbossVersion: z.number().int().nullable(),
});

export const backupLine = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("table"), schema: identifier, name: identifier, columns: z.array(identifier).min(1) }),
  z.object({ kind: z.literal("rows"), rows: z.array(z.array(z.string().nullable())) }),
  z.object({ kind: z.literal("sequence"), schema: identifier, name: identifier, lastValue: z.string().regex(/^-?\d+$/), isCalled: z.boolean() }),
  z.object({ kind: z.literal("queue"), name: z.string().min(1), options: z.record(z.string(), z.unknown()) }),
  z.object({ kind: z.literal("end"), counts: z.record(z.string(), z.number().int().min(0)) }),
]);

export type BackupHeader = z.infer<typeof headerLine>;
export type BackupLine = z.infer<typeof backupLine>;
/** Rows per table, by "schema.table" (public tables by their bare name). */
export type BackupCounts = Record<string, number>;

export function tableKey(schema: string, name: string): string {
  return schema === "public" ? name : `${schema}.${name}`;
}

/** "12 users, 40 sessions, … (310 rows in 21 tables)" */
export function describeCounts(counts: BackupCounts): string {
  const entries = Object.entries(counts);
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  const listed = entries.filter(([, n]) => n > 0).map(([name, n]) => `${n} ${name}`);
  return `${listed.join(", ") || "no rows"} (${total} rows in ${entries.length} tables)`;
}
