// Inputs of the schedule's read functions, shared by the pages and the JSON API.
import { z } from "zod";
import { id, slug } from "../validation/fields.ts";

// The one slug rule lives in lib/validation/fields.ts; this name is kept for its callers.
export { slug as slugSchema };

export const attendanceModeSchema = z.enum(["in_person", "remote"], {
  message: 'Choose "in_person" or "remote".',
});

/**
 * Which sessions by date: the season running now (from its first week, past sessions
 * included, and everything after; only what is upcoming when no season is running), what is
 * upcoming, what is past, or all. The API's default is all; the schedule page's is season.
 */
export const scheduleWhenSchema = z.enum(["season", "upcoming", "past", "all"], {
  message: 'Choose "season", "upcoming", "past" or "all".',
});
export type ScheduleWhen = z.infer<typeof scheduleWhenSchema>;

export const scheduleFilterSchema = z.object({
  series: slug.optional(),
  track: slug.optional(),
  mode: attendanceModeSchema.optional(),
  when: scheduleWhenSchema.optional(),
});
export type ScheduleFilter = z.infer<typeof scheduleFilterSchema>;

export const sessionIdSchema = id("session");
