// The editor of one session of a series' draft: its details, its readings, cancelling or removing it.
import type { Metadata } from "next";
import Link from "@/components/ui/link.tsx";
import {
  addReadingAction,
  addSuggestionReadingAction,
  cancelSessionAction,
  moveReadingAction,
  removeReadingAction,
  removeSessionAction,
  restoreSessionAction,
  updateSessionAction,
} from "@/app/organize/actions.ts";
import { AddReadingForms } from "@/components/add-reading-forms.tsx";
import { ReadingEditor } from "@/components/reading-editor.tsx";
import { SessionForm } from "@/components/session-form.tsx";
import { SessionStatusForms } from "@/components/session-status-forms.tsx";
import { sessionToolHref, ToolLink } from "@/components/session-tools-nav.tsx";
import { StatusBadge } from "@/components/ui/badge.tsx";
import { can } from "@/lib/auth/permissions.ts";
import { requirePermission } from "@/lib/auth/require-actor.ts";
import { orNotFound } from "@/lib/http/or-not-found.ts";
import { getDraftSession } from "@/lib/schedule/get-draft-session.ts";
import { formatDayAndTime } from "@/lib/time/format.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit a session" };

const STATUS = {
  draft: <StatusBadge status="unpublished" />,
  published: <StatusBadge status="published" />,
  cancelled: <StatusBadge status="cancelled" />,
};

export default async function SessionEditorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission(`/organize/sessions/${encodeURIComponent(id)}`, "schedule.edit");
  const s = await orNotFound(getDraftSession(actor, { sessionId: id }));
  const draftHref = `/organize/series/${s.series.slug}`;

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm">
          <Link href={draftHref} className="text-brand-700 underline">
            {s.series.name}: schedule draft
          </Link>
        </p>
        <h1 className="page-title">{s.displayTitle}</h1>
        <p className="text-slate-800">
          <time dateTime={s.startsAt}>{formatDayAndTime(s.startsAt, s.values.timeZone)}</time>
        </p>
        <span className="flex flex-wrap gap-1.5">
          {s.removed ? <StatusBadge status="removed" /> : STATUS[s.status]}
          {s.editedByHand ? <StatusBadge status="edited-by-hand" /> : null}
        </span>
        {can(actor, "rsvp.manage") && !s.removed ? (
          <nav aria-label="Attendee tools" className="flex flex-wrap gap-2">
            <ToolLink href={sessionToolHref.attendees(s.id)}>Attendees</ToolLink>
            <ToolLink href={sessionToolHref.checkIn(s.id)}>Check-in</ToolLink>
            {/* The poster shows the published session: a session never published has none yet. */}
            {s.status !== "draft" ? <ToolLink href={sessionToolHref.poster(s.id)}>Poster</ToolLink> : null}
          </nav>
        ) : null}
        <p data-tone="warning" className="alert">
          Changes here stay private until the series is published.{" "}
          <Link href={draftHref} className="font-semibold underline">
            Review and publish the {s.series.name} draft
          </Link>
          .
        </p>
      </header>

      {s.removed ? (
        <p className="text-slate-800">This session is removed: it leaves the schedule at the next publication and can no longer be edited.</p>
      ) : (
        <>
          <section aria-labelledby="details-heading" className="space-y-4 card p-5">
            <h2 id="details-heading" className="text-xl font-bold">
              Details
            </h2>
            <SessionForm
              target={{ sessionId: s.id }}
              values={s.values}
              tracks={s.tracks}
              timeZones={Intl.supportedValuesOf("timeZone")}
              action={updateSessionAction}
            />
          </section>

          <section aria-labelledby="readings-heading" className="space-y-4">
            <h2 id="readings-heading" className="text-xl font-bold">
              Readings
            </h2>
            <ReadingEditor readings={s.readings} otherSessions={s.otherSessions} moveAction={moveReadingAction} removeAction={removeReadingAction} />
            <AddReadingForms
              sessionId={s.id}
              suggestions={s.suggestions}
              addAction={addReadingAction}
              addSuggestionAction={addSuggestionReadingAction}
            />
          </section>

          <section aria-labelledby="status-heading" className="space-y-4">
            <h2 id="status-heading" className="text-xl font-bold">
              Cancel or remove
            </h2>
            <SessionStatusForms
              sessionId={s.id}
              series={s.series.slug}
              cancelled={s.status === "cancelled"}
              cancelReason={s.cancelReason}
              cancelAction={cancelSessionAction}
              restoreAction={restoreSessionAction}
              removeAction={removeSessionAction}
            />
          </section>
        </>
      )}
    </div>
  );
}
