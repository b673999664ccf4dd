// A PATCH body: any of the given fields, nothing else. Each value is validated afterwards, with
// the current values merged in, by the same schema as a full update.
import { z } from "zod";

export function patchOf(fields: readonly string[]) {
  return z.strictObject(Object.fromEntries(fields.map((k) => [k, z.unknown().optional()])) as Record<string, z.ZodOptional<z.ZodUnknown>>, {
    error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown field: ${issue.keys.join(", ")}.` : "The request body must be a JSON object."),
  });
}

/** `current` with the fields the patch gives (undefined means "keep"). */
export function mergePatch<T extends Record<string, unknown>>(current: T, patch: Record<string, unknown>): T {
  return { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
}
