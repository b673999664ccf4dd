// Who is told about a publication, written as queued jobs in the publishing transaction: each
// person with an RSVP to a changed session and each speaker of a changed slot gets one email
// listing what changed for them; the club's Discord channel gets the whole change log when
// DISCORD_WEBHOOK_URL is set. Everyone with an account, speakers included, can turn this mail
// off (notifyScheduleChanges), and their email carries the one-click unsubscribe; an invited
// author without an account is not a member: no preference, no unsubscribe link.
import "server-only";
import type { Prisma } from "../db/generated/client.ts";
import { enqueueMail } from "../mail/enqueue-mail.ts";
import { withUnsubscribe } from "../mail/unsubscribe.ts";
import { scheduleChangedMail } from "../mail/templates/schedule-changed.ts";
import { discordContent, enqueueDiscordPost } from "../notify/discord.ts";
import { describeChange } from "./describe-change.ts";
import type { ScheduleChange, ScheduleSnapshot } from "./snapshot.ts";

type Input = {
  publicationId: string;
  series: { slug: string; name: string };
  version: number;
  note: string;
  changes: ScheduleChange[];
  snapshot: ScheduleSnapshot;
  previous: ScheduleSnapshot | null;
  siteUrl: string;
  discord: boolean;
};

const SESSION_WIDE: ScheduleChange["kind"][] = ["session_removed", "session_cancelled", "session_restored", "session_moved", "session_changed"];

export async function notifyPublication(tx: Prisma.TransactionClient, input: Input) {
  const changesUrl = `${input.siteUrl}/schedule/changes?series=${input.series.slug}`;
  const linesBySession = new Map<string, string[]>();
  for (const c of input.changes) linesBySession.set(c.sessionId, [...(linesBySession.get(c.sessionId) ?? []), describeChange(c)]);

  /** By email: what changed for them, and their account (null for an invited outside author). */
  const recipients = new Map<string, { userId: string | null; lines: Set<string> }>();
  const tell = (email: string | null | undefined, userId: string | null, lines: string[]) => {
    if (!email) return;
    const recipient = recipients.get(email) ?? { userId: null, lines: new Set<string>() };
    recipient.userId ??= userId;
    for (const l of lines) recipient.lines.add(l);
    recipients.set(email, recipient);
  };

  // Attendees of sessions that changed (a new session has no RSVPs yet).
  const changedSessions = [...linesBySession.keys()];
  const rsvps = await tx.rsvp.findMany({
    where: {
      sessionId: { in: changedSessions },
      status: { in: ["CONFIRMED", "WAITLISTED"] },
      user: { deletedAt: null, notifyScheduleChanges: true },
    },
    select: { sessionId: true, user: { select: { id: true, email: true } } },
  });
  for (const r of rsvps) tell(r.user.email, r.user.id, linesBySession.get(r.sessionId) ?? []);

  // Speakers of the slots that changed: every slot of a session that moved or changed, and each
  // reading added to a session (a paper moved from another session among them).
  const slotLines = new Map<string, string[]>();
  const sessions = new Map([...(input.previous?.sessions ?? []), ...input.snapshot.sessions].map((s) => [s.id, s]));
  for (const c of input.changes) {
    const session = sessions.get(c.sessionId);
    if (!session) continue;
    const slots = SESSION_WIDE.includes(c.kind)
      ? session.slots
      : c.kind === "reading_added"
        ? session.slots.filter((s) => s.paper.title === c.paper)
        : [];
    for (const slot of slots) slotLines.set(slot.id, [...(slotLines.get(slot.id) ?? []), describeChange(c)]);
  }
  if (slotLines.size) {
    const claims = await tx.speakerClaim.findMany({
      where: { slotId: { in: [...slotLines.keys()] }, status: { in: ["APPROVED", "PENDING", "INVITED"] } },
      select: { slotId: true, inviteEmail: true, user: { select: { id: true, email: true, deletedAt: true, notifyScheduleChanges: true } } },
    });
    for (const claim of claims) {
      const lines = slotLines.get(claim.slotId) ?? [];
      const user = claim.user && !claim.user.deletedAt ? claim.user : null;
      if (!user) tell(claim.inviteEmail, null, lines);
      else if (user.notifyScheduleChanges) tell(user.email, user.id, lines);
    }
  }

  for (const [to, { userId, lines }] of recipients) {
    const mail = scheduleChangedMail({ to, seriesName: input.series.name, version: input.version, lines: [...lines], note: input.note, changesUrl });
    await enqueueMail(tx, userId ? withUnsubscribe(mail, { siteUrl: input.siteUrl, userId, kind: "schedule-changes" }) : mail);
  }

  if (input.discord && input.changes.length) {
    const header = `**${input.series.name}**: the schedule was updated (version ${input.version}).`;
    const lines = input.changes.slice(0, 20).map((c) => `• ${describeChange(c)}`);
    const more = input.changes.length > 20 ? [`…and ${input.changes.length - 20} more.`] : [];
    await enqueueDiscordPost(tx, {
      publicationId: input.publicationId,
      content: discordContent([header, ...(input.note ? [input.note] : []), ...lines, ...more, changesUrl]),
    });
  }
  return { emails: recipients.size };
}
