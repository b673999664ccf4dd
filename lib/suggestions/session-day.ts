// The calendar date of a session ("2026-07-01"), for messages: in the session's own zone,
// looked up by its id — not the UTC date, which is the next day for an evening in California.
import "server-only";
import { getDb } from "../db/index.ts";
import { dayKey, PACIFIC } from "../time/format.ts";

export async function formatSessionDay(session: { sessionId: string; startsAt: string }): Promise<string> {
  const row = await getDb().session.findUnique({ where: { id: session.sessionId }, select: { timeZone: true } });
  return dayKey(session.startsAt, row?.timeZone ?? PACIFIC);
}
