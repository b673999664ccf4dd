// Inputs of the series, season and track editors, shared by the organizer forms, the API and
// the domain functions.
import { z } from "zod";
import {
  calendarDate,
  checkbox,
  clockTime,
  freeText,
  id,
  optionalHttpUrl,
  optionalText,
  optionalWholeNumber,
  slug,
  timeZoneName,
  wholeNumber,
} from "../validation/fields.ts";

const weekday = wholeNumber({ min: 0, max: 6, label: "The weekday (0 = Sunday)" });

export const seriesFields = {
  name: freeText({ min: 2, max: 120, minMessage: "Name the series.", label: "The name" }),
  description: optionalText({ max: 2000, label: "The description" }),
  timeZone: timeZoneName,
  defaultWeekday: weekday,
  defaultStartTime: clockTime,
  defaultDurationMinutes: wholeNumber({ min: 15, max: 480, label: "The duration (minutes)" }),
  defaultInPerson: checkbox,
  defaultRemote: checkbox,
  venueName: optionalText({ max: 120, label: "The venue" }),
  venueAddress: optionalText({ max: 200, label: "The address" }),
  seats: optionalWholeNumber({ min: 0, max: 10_000, label: "Seats" }),
  remoteUrl: optionalHttpUrl,
  claimApprovalRequired: checkbox,
};

export const createSeriesSchema = z.object({ slug, ...seriesFields });
export const updateSeriesSchema = z.object({ series: slug, ...seriesFields });
export const seriesRef = z.object({ series: slug });

export const seasonFields = {
  name: freeText({ min: 2, max: 120, minMessage: "Name the season.", label: "The name" }),
  firstDate: calendarDate,
  lastDate: calendarDate,
  weekday,
  startTime: clockTime,
  durationMinutes: wholeNumber({ min: 15, max: 480, label: "The duration (minutes)" }),
  timeZone: timeZoneName,
  /** Dates to skip, one per line or separated by commas. */
  skipDates: z
    .union([z.string(), z.array(z.string())], { error: "List dates like 2026-11-25." })
    .default("")
    .transform((v) => (Array.isArray(v) ? v : v.split(/[\s,]+/)).map((d) => d.trim()).filter(Boolean))
    .pipe(z.array(calendarDate).max(60, "Skip at most 60 dates.")),
};

function checkRange(v: { firstDate: string; lastDate: string }, ctx: z.RefinementCtx) {
  if (v.lastDate < v.firstDate) ctx.addIssue({ code: "custom", path: ["lastDate"], message: "The last date comes after the first." });
}

export const createSeasonSchema = z.object({ series: slug, slug, ...seasonFields }).superRefine(checkRange);
export const updateSeasonSchema = z.object({ seasonId: id("season"), ...seasonFields }).superRefine(checkRange);
export const seasonRef = z.object({ seasonId: id("season") });

export const trackFields = {
  name: freeText({ min: 2, max: 120, minMessage: "Name the track.", label: "The name" }),
  description: optionalText({ max: 2000, label: "The description" }),
  plannedWeeks: wholeNumber({ min: 1, max: 12, label: "Planned weeks" }),
};

export const createTrackSchema = z.object({ seasonId: id("season"), slug, ...trackFields });
export const updateTrackSchema = z.object({ track: slug, ...trackFields });
export const trackRef = z.object({ track: slug });
export const moveTrackSchema = z.object({ track: slug, direction: z.enum(["up", "down"], { error: "Choose up or down." }) });
