// Claims that go stale are released: a pending claim not approved within the series' window
// (claim_stale_days), and an approved speaker who has not confirmed by speaker_confirm_days
// before the session when the series asks for it. The people concerned are told by email.
// Idempotent: run it as often as you like (the release-stale-claims job runs it every 15
// minutes). The releases, their audit entries and the queued emails are one transaction.
import "server-only";
import { getDb } from "../db/index.ts";
import { enqueueMail } from "../mail/enqueue-mail.ts";
import { claimReleasedMail } from "../mail/templates/claim-released.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { appNow } from "../time/clock.ts";

export async function releaseStaleClaims(now = appNow()) {
  return getDb().$transaction(
    async (tx) => {
      const released = await tx.$queryRaw<
        { id: string; reason: string; email: string | null; paper_title: string; starts_at: Date; time_zone: string }[]
      >`
        WITH gone AS (
          UPDATE speaker_claims c SET status = 'RELEASED', released_at = ${now}, updated_at = ${now}
          FROM slots sl JOIN sessions se ON se.id = sl.session_id JOIN series sr ON sr.id = se.series_id
          WHERE c.slot_id = sl.id AND se.starts_at > ${now} AND (
            (c.status = 'PENDING' AND c.created_at < ${now}::timestamptz - make_interval(days => sr.claim_stale_days))
            OR (c.status = 'APPROVED' AND c.user_id IS NOT NULL AND c.confirmed_at IS NULL AND sr.speaker_confirm_days IS NOT NULL
                AND se.starts_at < ${now}::timestamptz + make_interval(days => sr.speaker_confirm_days))
          )
          RETURNING c.id, c.user_id, sl.paper_id, se.starts_at, se.time_zone,
            CASE WHEN c.confirmed_at IS NULL AND c.decided_at IS NOT NULL THEN 'unconfirmed' ELSE 'not approved in time' END AS reason
        )
        SELECT g.id, g.reason, u.email, p.title AS paper_title, g.starts_at, g.time_zone
        FROM gone g JOIN papers p ON p.id = g.paper_id LEFT JOIN users u ON u.id = g.user_id`;
      for (const claim of released) {
        await writeAudit({ actorId: null, action: "claim.released", targetType: "claim", targetId: claim.id, data: { reason: claim.reason } }, tx);
        if (claim.email) {
          await enqueueMail(
            tx,
            claimReleasedMail({
              to: claim.email,
              paperTitle: claim.paper_title,
              startsAt: claim.starts_at,
              timeZone: claim.time_zone,
              reason: claim.reason,
            }),
          );
        }
      }
      return { released: released.length };
    },
    { timeout: 30_000 },
  );
}
