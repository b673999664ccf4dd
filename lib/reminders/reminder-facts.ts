// What the reminder emails say, read in the transaction that claimed them: the sessions with
// their papers and presenters, each paper's earlier recordings, the people and their RSVPs.
// A fixed number of queries, however many reminders are due.
import "server-only";
import type { Prisma } from "../db/generated/client.ts";
import { sessionTitle } from "../publications/diff-snapshots.ts";
import type { ClaimedReminder } from "./claim-due-reminders.ts";

export type EarlierSession = { startsAt: Date; timeZone: string; recordingUrl: string | null; slidesUrl: string | null; url: string };

export type ReminderPaper = {
  title: string;
  url: string;
  authors: string[];
  year: number | null;
  presenterId: string | null;
  presenter: string | null;
  presenterConfirmed: boolean;
  /** Earlier published sessions on the same paper with a recording or slides, oldest first. */
  earlier: EarlierSession[];
};

export type ReminderSession = {
  id: string;
  title: string;
  seriesName: string;
  startsAt: Date;
  timeZone: string;
  isInPerson: boolean;
  isRemote: boolean;
  venueName: string | null;
  venueAddress: string | null;
  remoteUrl: string | null;
  url: string;
  calendarUrl: string;
  papers: ReminderPaper[];
  /** An approved speaker who has not confirmed loses the slot at this moment (null: no confirmation asked). */
  confirmBy: Date | null;
};

export type ReminderPerson = { id: string; email: string; name: string | null };
export type Attendance = { status: "CONFIRMED" | "WAITLISTED" | "CANCELLED"; mode: "IN_PERSON" | "REMOTE" };

export async function reminderFacts(tx: Prisma.TransactionClient, claimed: ClaimedReminder[], siteUrl: string) {
  const sessionIds = [...new Set(claimed.map((c) => c.session_id))];
  const userIds = [...new Set(claimed.map((c) => c.user_id))];
  const [sessions, users, rsvps] = await Promise.all([
    tx.session.findMany({
      where: { id: { in: sessionIds } },
      select: {
        id: true,
        title: true,
        startsAt: true,
        timeZone: true,
        isInPerson: true,
        isRemote: true,
        venueName: true,
        venueAddress: true,
        remoteUrl: true,
        track: { select: { slug: true, name: true } },
        series: { select: { name: true, speakerConfirmDays: true } },
        slots: {
          orderBy: { position: "asc" },
          select: {
            paperId: true,
            paper: { select: { title: true, url: true, authors: true, year: true } },
            claims: { where: { status: "APPROVED" }, select: { userId: true, confirmedAt: true, user: { select: { name: true } } } },
          },
        },
      },
    }),
    tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true, name: true } }),
    tx.rsvp.findMany({
      where: { sessionId: { in: sessionIds }, userId: { in: userIds } },
      select: { sessionId: true, userId: true, status: true, mode: true },
    }),
  ]);
  const paperIds = [...new Set(sessions.flatMap((s) => s.slots.map((sl) => sl.paperId)))];
  const latest = new Date(Math.max(0, ...sessions.map((s) => s.startsAt.getTime())));
  const earlierSlots = await tx.slot.findMany({
    where: {
      paperId: { in: paperIds },
      session: {
        status: "PUBLISHED",
        removedAt: null,
        startsAt: { lt: latest },
        OR: [{ recordingUrl: { not: null } }, { slidesUrl: { not: null } }],
      },
    },
    orderBy: { session: { startsAt: "asc" } },
    select: {
      paperId: true,
      slidesUrl: true,
      session: { select: { id: true, startsAt: true, timeZone: true, recordingUrl: true, slidesUrl: true } },
    },
  });

  const sessionById = new Map<string, ReminderSession>();
  for (const s of sessions) {
    const url = `${siteUrl}/sessions/${s.id}`;
    sessionById.set(s.id, {
      id: s.id,
      title: sessionTitle({ title: s.title, track: s.track, slots: s.slots }, s.series.name),
      seriesName: s.series.name,
      startsAt: s.startsAt,
      timeZone: s.timeZone,
      isInPerson: s.isInPerson,
      isRemote: s.isRemote,
      venueName: s.venueName,
      venueAddress: s.venueAddress,
      remoteUrl: s.remoteUrl,
      url,
      calendarUrl: `${url}/calendar.ics`,
      confirmBy: s.series.speakerConfirmDays === null ? null : new Date(s.startsAt.getTime() - s.series.speakerConfirmDays * 86_400_000),
      papers: s.slots.map((sl) => ({
        ...sl.paper,
        presenterId: sl.claims[0]?.userId ?? null,
        presenter: sl.claims[0]?.user?.name ?? null,
        presenterConfirmed: sl.claims[0]?.confirmedAt != null,
        earlier: earlierSlots
          .filter((e) => e.paperId === sl.paperId && e.session.startsAt < s.startsAt)
          .map((e) => ({
            startsAt: e.session.startsAt,
            timeZone: e.session.timeZone,
            recordingUrl: e.session.recordingUrl,
            slidesUrl: e.slidesUrl ?? e.session.slidesUrl,
            url: `${siteUrl}/sessions/${e.session.id}`,
          })),
      })),
    });
  }
  const personById = new Map(users.flatMap((u) => (u.email ? [[u.id, { id: u.id, email: u.email, name: u.name } as ReminderPerson]] : [])));
  const attendance = new Map<string, Attendance>(rsvps.map((r) => [`${r.sessionId}:${r.userId}`, { status: r.status, mode: r.mode }]));
  return {
    session: (id: string) => sessionById.get(id),
    person: (id: string) => personById.get(id),
    attendance: (sessionId: string, userId: string) => attendance.get(`${sessionId}:${userId}`),
  };
}
