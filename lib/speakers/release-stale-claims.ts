// Claims that go stale are released: a pending claim not approved within the series' window
// (claim_stale_days), and an approved speaker who has not confirmed by speaker_confirm_days
// before the session when the series asks for it. The people concerned are told by email.
// Idempotent: run it as often as you like. (The scheduled job that runs it on its own comes
// with the job queue; see the note on issue 5.)
import "server-only";
import { getDb } from "../db/index.ts";
import { sendMail } from "../mail/send-mail.ts";
import { writeAudit } from "../audit/write-audit.ts";

export async function releaseStaleClaims(now = new Date()) {
  const db = getDb();
  const released = await db.$queryRaw<{ id: string; slot_id: string; user_id: string | null; reason: string }[]>`
    UPDATE speaker_claims c SET status = 'RELEASED', released_at = ${now}, updated_at = ${now}
    FROM slots sl JOIN sessions se ON se.id = sl.session_id JOIN series sr ON sr.id = se.series_id
    WHERE c.slot_id = sl.id AND se.starts_at > ${now} AND (
      (c.status = 'PENDING' AND c.created_at < ${now}::timestamptz - make_interval(days => sr.claim_stale_days))
      OR (c.status = 'APPROVED' AND c.user_id IS NOT NULL AND c.confirmed_at IS NULL AND sr.speaker_confirm_days IS NOT NULL
          AND se.starts_at < ${now}::timestamptz + make_interval(days => sr.speaker_confirm_days))
    )
    RETURNING c.id, c.slot_id, c.user_id, CASE WHEN c.confirmed_at IS NULL AND c.decided_at IS NOT NULL THEN 'unconfirmed' ELSE 'not approved in time' END AS reason`;
  for (const claim of released) {
    await writeAudit({ actorId: null, action: "claim.released", targetType: "claim", targetId: claim.id, data: { reason: claim.reason } });
    const info = await db.speakerClaim.findUnique({
      where: { id: claim.id },
      select: { user: { select: { email: true } }, slot: { select: { paper: { select: { title: true } } } } },
    });
    if (info?.user?.email) {
      await sendMail({
        to: info.user.email,
        subject: `Your claim on "${info.slot.paper.title}" was released`,
        text: `Your claim on "${info.slot.paper.title}" was released (${claim.reason}), so the paper is open to other volunteers again. You are welcome to claim it again if it is still open.`,
      });
    }
  }
  return { released: released.length };
}
