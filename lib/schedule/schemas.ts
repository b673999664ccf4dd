// Inputs of the schedule's read functions, shared by the pages and the JSON API.
import { z } from "zod";

export const slugSchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and dashes.");

export const attendanceModeSchema = z.enum(["in_person", "remote"], {
  message: 'Choose "in_person" or "remote".',
});

export const scheduleFilterSchema = z.object({
  series: slugSchema.optional(),
  track: slugSchema.optional(),
  mode: attendanceModeSchema.optional(),
});
export type ScheduleFilter = z.infer<typeof scheduleFilterSchema>;

export const sessionIdSchema = z.string().uuid({ message: "Not a session id." });

/** Reads filters from URL search params; empty values mean "no filter". */
export function filterFromSearchParams(params: Record<string, string | string[] | undefined> | URLSearchParams) {
  const get = (key: string) => {
    const v = params instanceof URLSearchParams ? params.get(key) : params[key];
    const s = Array.isArray(v) ? v[0] : v;
    return s === undefined || s === null || s.trim() === "" ? undefined : s;
  };
  return scheduleFilterSchema.safeParse({ series: get("series"), track: get("track"), mode: get("mode") });
}
