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

/** Reads filters from URL search params; empty values mean "no filter". */
export function filterFromSearchParams(params: Record<string, string | string[] | undefined> | URLSearchParams) {
  const get = (key: string) => {
    const v = params instanceof URLSearchParams ? params.getAll(key) : params[key];
    if (Array.isArray(v)) return v.length > 1 ? v : v[0] === "" ? undefined : v[0];
    return v === undefined || v.trim() === "" ? undefined : v;
  };
  return scheduleFilterSchema.safeParse({ series: get("series"), track: get("track"), mode: get("mode") });
}
