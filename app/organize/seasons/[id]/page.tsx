// A season: its dates, its tracks in order, and the planner that lays the tracks out as draft sessions.
import type { Metadata } from "next";
import Link from "@/components/ui/link.tsx";
import {
  applyPlanAction,
  createTrackAction,
  deleteTrackAction,
  moveTrackAction,
  updateSeasonAction,
  updateTrackAction,
} from "@/app/organize/series-actions.ts";
import { PlannerPreview } from "@/components/planner-preview.tsx";
import { SeasonForm } from "@/components/season-form.tsx";
import { TrackEditor } from "@/components/track-editor.tsx";
import { TrackForm } from "@/components/track-form.tsx";
import { requirePermission } from "@/lib/auth/require-actor.ts";
import { orNotFound } from "@/lib/http/or-not-found.ts";
import { previewSeasonPlan } from "@/lib/planner/run-planner.ts";
import { getSeason } from "@/lib/series/get-season.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Season and planner" };

export default async function SeasonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission(`/organize/seasons/${encodeURIComponent(id)}`, "schedule.edit");
  const season = await orNotFound(getSeason(actor, { seasonId: id }));
  const preview = await orNotFound(previewSeasonPlan(actor, { seasonId: season.id }));
  const draftHref = `/organize/series/${season.series.slug}`;

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <p className="flex flex-wrap gap-x-4 text-sm">
          <Link href={draftHref} className="text-brand-700 underline">
            {season.series.name}: schedule draft
          </Link>
          <Link href={`${draftHref}/settings`} className="text-brand-700 underline">
            Settings and seasons
          </Link>
        </p>
        <h1 className="page-title">
          {season.series.name}: {season.values.name}
        </h1>
      </header>

      <section aria-labelledby="season-heading" className="space-y-4 card p-5">
        <h2 id="season-heading" className="text-xl font-bold">
          Season
        </h2>
        <SeasonForm
          target={{ seasonId: season.id }}
          values={season.values}
          timeZones={Intl.supportedValuesOf("timeZone")}
          action={updateSeasonAction}
        />
      </section>

      <section aria-labelledby="tracks-heading" className="space-y-4">
        <h2 id="tracks-heading" className="text-xl font-bold">
          Tracks
        </h2>
        <p className="text-slate-700">The planner lays the tracks out in this order, each for its planned weeks.</p>
        <TrackEditor tracks={season.tracks} moveAction={moveTrackAction} deleteAction={deleteTrackAction} updateAction={updateTrackAction} />
        <div className="space-y-4 card p-5">
          <h3 className="text-lg font-bold">Add a track</h3>
          <TrackForm target={{ seasonId: season.id }} values={{ name: "", description: "", plannedWeeks: 1 }} action={createTrackAction} />
        </div>
      </section>

      <section aria-labelledby="planner-heading" className="space-y-4">
        <h2 id="planner-heading" className="text-xl font-bold">
          The planner
        </h2>
        <p data-tone="warning" className="alert">
          What running the planner would do to the draft. The sessions it creates or moves are drafts: nobody else sees them until the series is
          published.{" "}
          <Link href={draftHref} className="font-semibold underline">
            Review and publish the {season.series.name} draft
          </Link>
          . Sessions edited by hand are never moved, and none are deleted.
        </p>
        <PlannerPreview preview={preview} lastDate={season.values.lastDate} applyAction={applyPlanAction} />
      </section>
    </div>
  );
}
