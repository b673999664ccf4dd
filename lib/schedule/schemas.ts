// Inputs of the schedule's read functions, shared by the pages and the JSON API.
import { z } from "zod";
import { id, slug } from "../validation/fields.ts";

// The one slug rule lives in lib/validation/fields.ts; this name is kept for its callers.
export { slug as slugSchema };

export const attendanceModeSchema = z.enum(["in_person", "remote"], {
  message: 'Choose "in_person" or "remote".',
});

export const scheduleFilterSchema = z.object({
  series: slug.optional(),
  track: slug.optional(),
  mode: attendanceModeSchema.optional(),
});
export type ScheduleFilter = z.infer<typeof scheduleFilterSchema>;

export const sessionIdSchema = id("session");
