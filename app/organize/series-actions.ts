"use server";
// The organizer's editors of a series' settings, its seasons and their tracks, and the season planner.
// Each succeeding action refreshes the page, so what is shown is what is saved.
import { redirect } from "next/navigation";
import { refreshed } from "@/lib/http/refreshed.ts";
import { runFormAction, type ActionResult } from "@/lib/http/server-action.ts";
import { applySeasonPlan } from "@/lib/planner/run-planner.ts";
import { createSeason, createTrack, deleteTrack, moveTrack, updateSeason, updateSeries, updateTrack } from "@/lib/series/edit-series.ts";
import {
  createSeasonSchema,
  createTrackSchema,
  moveTrackSchema,
  seasonRef,
  trackRef,
  updateSeasonSchema,
  updateSeriesSchema,
  updateTrackSchema,
} from "@/lib/series/schemas.ts";

function plural(n: number, one: string, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

export async function updateSeriesAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return refreshed(
    runFormAction(form, updateSeriesSchema, updateSeries, "Settings saved. New sessions start from them; existing sessions keep theirs."),
  );
}

export async function createSeasonAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runFormAction(form, createSeasonSchema, createSeason);
  if (!result.ok) return result;
  redirect(`/organize/seasons/${result.data!.id}`);
}

export async function updateSeasonAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return refreshed(runFormAction(form, updateSeasonSchema, updateSeason, "Season saved. The planner below uses the new dates."));
}

export async function createTrackAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return refreshed(runFormAction(form, createTrackSchema, createTrack, (input) => `Track “${input.name}” added at the end of the season.`));
}

export async function updateTrackAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return refreshed(runFormAction(form, updateTrackSchema, updateTrack, (input) => `Track “${input.name}” saved.`));
}

export async function deleteTrackAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return refreshed(runFormAction(form, trackRef, deleteTrack, "Track removed. Its sessions stay in the draft, without a track."));
}

export async function moveTrackAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return refreshed(runFormAction(form, moveTrackSchema, moveTrack, (input) => `Track moved ${input.direction}.`));
}

export async function applyPlanAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return refreshed(
    runFormAction(form, seasonRef, applySeasonPlan, (_input, data) =>
      [
        `Created ${plural(data.created, "draft session")} and moved ${data.moved}.`,
        data.keptEdits ? `${plural(data.keptEdits, "session")} edited by hand kept as they are.` : "",
        "They stay drafts until you publish the series.",
      ]
        .filter(Boolean)
        .join(" "),
    ),
  );
}
