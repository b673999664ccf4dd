// The person of a live session row: the statement getActor() runs for every signed-in request
// (through Prisma, auth-sessions.ts) and the front runs for the RSVPs it answers itself
// (through its pool, lib/front/front-rsvp.ts, decision 029). Null: no such row, another
// person's, expired, or the account deleted.
import type { RunSql } from "../db/run-sql.ts";
import type { SignedInActor } from "./actor.ts";

export const ACTOR_FOR_SESSION_SQL = `SELECT u.id, u.role, u.name, u.email, u.time_zone AS "timeZone",
    ARRAY(SELECT l.track_id::text FROM track_leads l WHERE l.user_id = u.id ORDER BY l.track_id) AS leads
  FROM auth_sessions s JOIN users u ON u.id = s.user_id
  WHERE s.session_token = $1 AND u.id::text = $2 AND s.expires >= now() AND u.deleted_at IS NULL`;

export async function actorFor(run: RunSql, userId: string, sessionToken: string): Promise<SignedInActor | null> {
  const [row] = (await run(ACTOR_FOR_SESSION_SQL, [sessionToken, userId])) as SignedInActor[];
  return row ?? null;
}
