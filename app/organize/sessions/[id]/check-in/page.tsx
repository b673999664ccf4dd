// Check-in at the door, built for a phone: everyone with an RSVP, a live count and a search.
import type { Metadata } from "next";
import Link from "@/components/ui/link.tsx";
import { checkInAction, undoCheckInAction } from "@/app/organize/attendee-actions.ts";
import { CheckInList, type DoorPerson } from "@/components/check-in-list.tsx";
import { sessionToolHref } from "@/components/session-tools-nav.tsx";
import { requirePermission } from "@/lib/auth/require-actor.ts";
import { orNotFound } from "@/lib/http/or-not-found.ts";
import { listAttendees } from "@/lib/rsvps/list-attendees.ts";
import { formatDayAndTime } from "@/lib/time/format.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Check-in" };

export default async function CheckInPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission(`/organize/sessions/${encodeURIComponent(id)}/check-in`, "rsvp.manage");
  const { session, counts, attendees } = await orNotFound(listAttendees(actor, { sessionId: id }));
  const people = attendees.map((a): DoorPerson => ({
    userId: a.userId,
    name: a.name,
    email: a.email,
    mode: a.mode,
    status: a.status,
    position: a.position,
    checkedIn: a.checkedInAt !== null,
  }));
  // Out of the seats when the room has a count; else out of the people expected.
  const capacity = session.seats ?? (session.isInPerson ? counts.confirmed : attendees.length);

  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <p className="text-sm">
          <Link href={sessionToolHref.attendees(session.id)} className="text-brand-700 underline">
            All attendees
          </Link>
        </p>
        <h1 className="page-title text-2xl">Check-in: {session.title}</h1>
        <p className="text-slate-800">
          <time dateTime={session.startsAt}>{formatDayAndTime(session.startsAt, session.timeZone)}</time>
        </p>
      </header>
      <CheckInList sessionId={session.id} people={people} capacity={capacity} checkIn={checkInAction} undoCheckIn={undoCheckInAction} />
    </div>
  );
}
