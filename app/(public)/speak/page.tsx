import type { Metadata } from "next";
import Link from "@/components/ui/link.tsx";
import { ClaimDecision } from "@/components/claim-decision.tsx";
import { ClaimForm } from "@/components/claim-form.tsx";
import { FilterErrors } from "@/components/filter-errors.tsx";
import { ExternalLink } from "@/components/ui/external-link.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { getActor } from "@/lib/auth/get-actor.ts";
import { signInPath } from "@/lib/auth/require-actor.ts";
import { readIgnoringBadFilters, parseSearchParams, type SearchParams } from "@/lib/http/search-params.ts";
import { listSeries } from "@/lib/schedule/list-series.ts";
import { listOpenSlots } from "@/lib/speakers/list-open-slots.ts";
import { openSlotsQuerySchema } from "@/lib/speakers/schemas.ts";
import { formatDay, formatTime } from "@/lib/time/format.ts";
import { assignSpeakerAction, claimSlotAction, decideClaimAction, inviteAuthorAction } from "./actions.ts";
import { AssignSpeaker } from "@/components/assign-speaker.tsx";
import { FILTER_SUBMIT, FilterSelect, SlugOptions } from "@/components/ui/filter-select.tsx";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import { PageHeader } from "@/components/ui/page-header.tsx";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Needs a speaker" };

export default async function SpeakPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { data: query, fields: ignored } = parseSearchParams(openSlotsQuerySchema, await searchParams);
  const actor = await getActor();
  const [result, series] = await Promise.all([readIgnoringBadFilters((q) => listOpenSlots(actor, q), query), listSeries(null)]);
  const { slots, pending } = result.data;
  const bySession = new Map<string, { title: string; startsAt: string; timeZone: string; count: number }>();
  for (const s of slots) {
    const entry = bySession.get(s.session.id) ?? { ...s.session, count: 0 };
    entry.count++;
    bySession.set(s.session.id, entry);
  }

  return (
    <div className="space-y-8">
      <PageHeader
        title="Needs a speaker"
        description="Every paper in a session is presented by a volunteer who comes prepared. Pick one you would love to explain."
      />

      {pending ? (
        <section aria-labelledby="pending-heading" data-tone="warning" className="alert space-y-3 rounded-card p-5 text-base">
          <h2 id="pending-heading" className="text-xl font-bold text-amber-950">
            Claims waiting for approval ({pending.length})
          </h2>
          {pending.length === 0 ? <p className="text-sm text-amber-950">None right now.</p> : null}
          <ul className="space-y-3">
            {pending.map((c) => (
              <li key={c.claimId} className="rounded-md border border-amber-200 bg-white p-3" data-testid="pending-claim">
                <p className="text-sm">
                  <span className="font-semibold">{c.volunteer}</span>
                  {c.coPresenter ? ` (with ${c.coPresenter})` : ""} would present <span className="font-semibold">{c.paperTitle}</span> on{" "}
                  <Link href={`/sessions/${c.session.id}`} className="text-brand-700 underline">
                    {formatDay(c.session.startsAt, c.session.timeZone)}
                  </Link>
                </p>
                {c.note ? <p className="whitespace-pre-line text-sm text-slate-700">“{c.note}”</p> : null}
                <div className="mt-2">
                  <ClaimDecision claimId={c.claimId} label={`${c.volunteer} for ${c.paperTitle}`} action={decideClaimAction} />
                </div>
              </li>
            ))}
          </ul>
          {bySession.size > 0 ? (
            <>
              <h3 className="pt-2 font-semibold text-amber-950">Open slots per upcoming session</h3>
              <ul className="text-sm text-amber-950">
                {[...bySession.entries()].map(([id, s]) => (
                  <li key={id}>
                    <Link href={`/sessions/${id}`} className="underline">
                      {formatDay(s.startsAt, s.timeZone)} · {s.title}
                    </Link>
                    : {s.count} open
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}

      <form method="get" className="grid gap-3 card p-4 sm:grid-cols-3 sm:items-end">
        <FilterSelect id="speak-series" name="series" label="Series" defaultValue={query.series ?? ""}>
          <SlugOptions all="All series" items={series} />
        </FilterSelect>
        <FilterSelect id="speak-track" name="track" label="Track" defaultValue={query.track ?? ""}>
          <SlugOptions all="All tracks" items={series.flatMap((s) => s.tracks)} />
        </FilterSelect>
        <button type="submit" className={FILTER_SUBMIT}>
          Show
        </button>
      </form>
      <FilterErrors fields={{ ...ignored, ...result.fields }} />

      <p className="text-sm text-slate-700">
        {slots.length} {slots.length === 1 ? "paper needs" : "papers need"} a speaker.
      </p>
      {slots.length === 0 ? (
        <EmptyState title="Every upcoming paper has a speaker. Thank you!" />
      ) : (
        <ul className="space-y-3">
          {slots.map((s) => (
            <li key={s.slotId} className="flex flex-col gap-3 card p-4 sm:flex-row sm:justify-between" data-testid="open-slot">
              <div className="min-w-0 space-y-1">
                <p className="text-sm text-slate-700">
                  <Link href={`/sessions/${s.session.id}`} className="font-semibold text-brand-700 underline">
                    {formatDay(s.session.startsAt, s.session.timeZone)}, {formatTime(s.session.startsAt, s.session.timeZone)}
                  </Link>{" "}
                  · {s.series.name}
                </p>
                <h2 className="font-semibold">
                  <ExternalLink href={s.paper.url}>{s.paper.title}</ExternalLink>
                </h2>
                <p className="text-sm text-slate-600">
                  {s.paper.authors.slice(0, 3).join(", ")}
                  {s.paper.authors.length > 3 ? " et al." : ""}
                  {s.paper.year ? ` · ${s.paper.year}` : ""}
                </p>
                {s.track ? <Badge tone="brand">{s.track.name}</Badge> : null}
              </div>
              <div className="shrink-0 sm:w-72">
                {actor ? (
                  <>
                    <ClaimForm slotId={s.slotId} paperTitle={s.paper.title} action={claimSlotAction} />
                    {pending ? (
                      <AssignSpeaker slotId={s.slotId} paperTitle={s.paper.title} assign={assignSpeakerAction} invite={inviteAuthorAction} />
                    ) : null}
                  </>
                ) : (
                  <Link href={signInPath("/speak")} className="text-sm font-semibold text-brand-700 underline">
                    Sign in to claim
                  </Link>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
