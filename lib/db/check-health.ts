// Is the database reachable? Answers within a couple of seconds either way, and keeps the
// process-wide outage flag (availability.ts) true to what it found.
import "server-only";
import { reportDatabaseDown, reportDatabaseUp, withTimeout } from "./availability.ts";
import { isDatabaseUnavailable } from "./errors.ts";
import { getDb } from "./index.ts";

function ping(timeoutMs: number): Promise<boolean> {
  // getDb() throws when no database is configured: that is "unreachable" too.
  const answered = Promise.resolve().then(() => getDb().$queryRaw`SELECT 1`.then(() => true));
  return withTimeout(answered, timeoutMs);
}

export async function checkDatabase(timeoutMs = 2000): Promise<boolean> {
  const ok = await ping(timeoutMs);
  if (ok) reportDatabaseUp();
  else reportDatabaseDown(() => ping(1000));
  return ok;
}

/** Raises the outage flag when `error` says the database cannot be reached; true if it did. */
export function noteDatabaseError(error: unknown): boolean {
  if (!isDatabaseUnavailable(error)) return false;
  reportDatabaseDown(() => ping(1000));
  return true;
}
