// The draft of a series: what publishing now would change, the publish form, and its sessions to edit.
import type { Metadata } from "next";
import Link from "@/components/ui/link.tsx";
import { z } from "zod";
import { publishAction } from "@/app/organize/actions.ts";
import { LocalDate } from "@/components/local-date.tsx";
import { PublishForm } from "@/components/publish-form.tsx";
import { StatusBadge } from "@/components/ui/badge.tsx";
import { requirePermission } from "@/lib/auth/require-actor.ts";
import { orNotFound } from "@/lib/http/or-not-found.ts";
import { parseSearchParams, type SearchParams } from "@/lib/http/search-params.ts";
import { describeChange } from "@/lib/publications/describe-change.ts";
import { getSeriesDraft, type DraftSessionDto } from "@/lib/publications/get-draft.ts";
import { formatDate, formatTime } from "@/lib/time/format.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Schedule draft" };

const STATUS = {
  draft: <StatusBadge status="draft" />,
  published: <StatusBadge status="published" />,
  cancelled: <StatusBadge status="cancelled" />,
};

const noticeSchema = z.object({ removed: z.literal("1").optional() });

/** "2 of 3 speakers confirmed, 1 waiting for approval", or "No readings yet". */
function speakersLine({ confirmed, pending, needed }: DraftSessionDto["speakers"]): string {
  const total = confirmed + pending + needed;
  if (total === 0) return "No readings yet";
  return [`${confirmed} of ${total} ${total === 1 ? "speaker" : "speakers"} confirmed`, pending ? `${pending} waiting for approval` : null]
    .filter(Boolean)
    .join(", ");
}

function SessionRow({ s }: { s: DraftSessionDto }) {
  return (
    <li className="flex flex-col gap-1 p-4 sm:flex-row sm:items-baseline sm:gap-4" data-testid="draft-session">
      <time dateTime={s.startsAt} className="shrink-0 text-sm text-slate-700 sm:w-56">
        {formatDate(s.startsAt, s.timeZone)} · {formatTime(s.startsAt, s.timeZone)}
      </time>
      <div className="min-w-0 flex-1 space-y-1">
        <Link href={`/organize/sessions/${s.id}`} className="font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-800">
          {s.title}
        </Link>
        <p className="text-sm text-slate-700">
          {[s.track?.name, s.readings.length === 1 ? "1 reading" : `${s.readings.length} readings`].filter(Boolean).join(" · ")}
        </p>
        <p className="text-sm text-slate-700" data-testid="draft-session-state">
          {[speakersLine(s.speakers), s.seats ? `${s.seats.taken} of ${s.seats.total} seats taken` : s.isRemote ? "Remote only" : null]
            .filter(Boolean)
            .join(" · ")}
        </p>
      </div>
      <span className="flex flex-wrap gap-1.5">
        {STATUS[s.status]}
        {s.unpublished && s.status !== "draft" ? <StatusBadge status="changes-unpublished" /> : null}
        {s.speakers.needed > 0 && s.status !== "cancelled" ? <StatusBadge status="speaker-needed" /> : null}
        {s.editedByHand ? <StatusBadge status="edited-by-hand" /> : null}
      </span>
    </li>
  );
}

export default async function SeriesDraftPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> }) {
  const { slug } = await params;
  const actor = await requirePermission(`/organize/series/${encodeURIComponent(slug)}`, "schedule.edit");
  const draft = await orNotFound(getSeriesDraft(actor, { series: slug }));
  const { data: notice } = parseSearchParams(noticeSchema, await searchParams);
  const { series, latest, pending } = draft;
  const linkClass = "text-brand-700 underline";

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm">
          <Link href="/organize" className={linkClass}>
            Organizer console
          </Link>
        </p>
        <h1 className="page-title">{series.name}: schedule draft</h1>
        <p className="text-slate-700">
          {latest ? (
            <>
              Latest: version {latest.version}, published <LocalDate iso={latest.publishedAt} />.
            </>
          ) : (
            "Never published."
          )}{" "}
          Changes to sessions stay private until you publish.
        </p>
        <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm font-semibold">
          <li>
            <Link href={`/organize/series/${series.slug}/sessions/new`} className={linkClass}>
              New session
            </Link>
          </li>
          <li>
            <Link href={`/organize/series/${series.slug}/settings`} className={linkClass}>
              Settings and seasons
            </Link>
          </li>
          {draft.seasons.map((season) => (
            <li key={season.id}>
              <Link href={`/organize/seasons/${season.id}`} className={linkClass}>
                Plan {season.name}
              </Link>
            </li>
          ))}
          <li>
            <Link href={`/organize/series/${series.slug}/import`} className={linkClass}>
              Import a CSV
            </Link>
          </li>
          <li>
            <a href={`/organize/series/${series.slug}/schedule.csv`} className={linkClass}>
              Schedule as CSV
            </a>
          </li>
          <li>
            <Link href={`/schedule/changes?series=${series.slug}`} className={linkClass}>
              Changes
            </Link>
          </li>
        </ul>
      </header>

      {notice.removed ? (
        <p role="status" data-tone="success" className="alert">
          Session removed from the draft.
        </p>
      ) : null}

      <section aria-labelledby="changes-heading" className="space-y-4 card p-5">
        <h2 id="changes-heading" className="text-xl font-bold">
          Changes to publish
        </h2>
        {pending.length === 0 ? (
          <p className="text-slate-700">The draft is the same as what is published.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-slate-800" data-testid="pending-changes">
            {pending.map((c, i) => (
              <li key={`${c.sessionId}-${c.kind}-${i}`}>{describeChange(c)}</li>
            ))}
          </ul>
        )}
        <PublishForm series={series.slug} action={publishAction} />
      </section>

      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-xl font-bold">
          Sessions
        </h2>
        {draft.sessions.length === 0 ? (
          <p className="text-slate-700">No sessions in the draft yet.</p>
        ) : (
          <ul className="card-list">
            {draft.sessions.map((s) => (
              <SessionRow key={s.id} s={s} />
            ))}
          </ul>
        )}
      </section>

      {draft.removed.length > 0 ? (
        <section aria-labelledby="removed-heading" className="space-y-3">
          <h2 id="removed-heading" className="text-xl font-bold">
            Removed
          </h2>
          <p className="text-slate-700">These sessions are removed at the next publication.</p>
          <ul className="card-list" data-testid="removed-sessions">
            {draft.removed.map((s) => (
              <li key={s.id} className="flex flex-col gap-1 p-4 text-slate-700 sm:flex-row sm:gap-4">
                <time dateTime={s.startsAt} className="shrink-0 text-sm sm:w-56">
                  {formatDate(s.startsAt, s.timeZone)} · {formatTime(s.startsAt, s.timeZone)}
                </time>
                <span>{s.title}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
