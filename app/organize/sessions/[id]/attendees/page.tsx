// Who comes to a session, for organizers: counts, the three lists with Remove, adding a person,
// and the way to the door check-in, the poster and the CSV file.
import type { Metadata } from "next";
import Link from "@/components/ui/link.tsx";
import { addAttendeeAction, removeAttendeeAction } from "@/app/organize/attendee-actions.ts";
import { AddAttendeeForm } from "@/components/add-attendee-form.tsx";
import { attendeeCountsLine } from "@/components/attendee-counts.ts";
import { AttendeeList } from "@/components/attendee-list.tsx";
import { sessionToolHref, ToolLink, toolLinkClass } from "@/components/session-tools-nav.tsx";
import { StatusBadge } from "@/components/ui/badge.tsx";
import { requirePermission } from "@/lib/auth/require-actor.ts";
import { orNotFound } from "@/lib/http/or-not-found.ts";
import { listAttendees } from "@/lib/rsvps/list-attendees.ts";
import { formatDayAndTime } from "@/lib/time/format.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Attendees" };

export default async function AttendeesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission(`/organize/sessions/${encodeURIComponent(id)}/attendees`, "rsvp.manage");
  const list = await orNotFound(listAttendees(actor, { sessionId: id }));
  const { session } = list;

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm">
          <Link href={sessionToolHref.editor(session.id)} className="text-brand-700 underline">
            Edit the session
          </Link>
        </p>
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-600">Attendees</p>
        <h1 className="page-title">{session.title}</h1>
        <p className="text-slate-800">
          <time dateTime={session.startsAt}>{formatDayAndTime(session.startsAt, session.timeZone)}</time>
        </p>
        {session.cancelled ? <StatusBadge status="cancelled" /> : null}
        <p className="text-lg font-semibold text-slate-900" data-testid="attendee-counts">
          {attendeeCountsLine(list)}
        </p>
        <nav aria-label="Session tools" className="flex flex-wrap gap-2">
          <ToolLink href={sessionToolHref.checkIn(session.id)}>Check-in at the door</ToolLink>
          <ToolLink href={sessionToolHref.poster(session.id)}>Poster with QR code</ToolLink>
          {/* A file, not a page: a plain link, so the router does not try to render it. */}
          <a href={sessionToolHref.csv(session.id)} download className={toolLinkClass}>
            Download CSV
          </a>
        </nav>
      </header>

      <AddAttendeeForm sessionId={session.id} isInPerson={session.isInPerson} isRemote={session.isRemote} action={addAttendeeAction} />

      <AttendeeList
        sessionId={session.id}
        timeZone={session.timeZone}
        isInPerson={session.isInPerson}
        isRemote={session.isRemote}
        attendees={list.attendees}
        removeAction={removeAttendeeAction}
      />
    </div>
  );
}
