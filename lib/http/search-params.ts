// Pages read their query string through here, with the zod schema of the read they call:
// the first value of a repeated key, a blank value as missing. A value the schema refuses
// is dropped, so the rest of the filters still apply, and comes back in `fields` for the page
// to say what it ignored. No page picks values out of searchParams by hand.
import type { z } from "zod";
import { AppError } from "../errors.ts";

export type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;
export type FieldMessages = Record<string, string>;

/** One value per key: the first of a repeated key; blank (or whitespace) means missing. */
export function firstValues(params: SearchParams): Record<string, string | undefined> {
  const entries = params instanceof URLSearchParams ? [...new Set(params.keys())].map((k) => [k, params.getAll(k)] as const) : Object.entries(params);
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of entries) {
    const first = Array.isArray(value) ? value[0] : value;
    out[key] = typeof first === "string" && first.trim() !== "" ? first : undefined;
  }
  return out;
}

export function parseSearchParams<S extends z.ZodType>(schema: S, params: SearchParams): { data: z.output<S>; fields: FieldMessages | null } {
  const values = firstValues(params);
  const fields: FieldMessages = {};
  // Each round drops the keys the schema refused; a schema of n keys settles within n rounds.
  for (let round = 0; round <= Object.keys(values).length; round++) {
    const parsed = schema.safeParse(values);
    if (parsed.success) return { data: parsed.data, fields: Object.keys(fields).length > 0 ? fields : null };
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      if (typeof key !== "string" || values[key] === undefined) throw new AppError("validation", issue.message);
      fields[key] ??= issue.message;
      values[key] = undefined;
    }
  }
  throw new AppError("validation", "The address has values that could not be read.", fields);
}

/**
 * A page's filtered read. When the read refuses some filters (a series or track that does not
 * exist), it runs again without them: the page shows everything else and says what it ignored,
 * instead of an empty list that looks like "nothing here".
 */
export async function readIgnoringBadFilters<Q extends Record<string, unknown>, T>(
  read: (query: Q) => Promise<T>,
  query: Q,
): Promise<{ data: T; fields: FieldMessages | null }> {
  try {
    return { data: await read(query), fields: null };
  } catch (error) {
    const fields = error instanceof AppError && error.code === "validation" ? error.fields : undefined;
    if (!fields || !Object.keys(fields).every((key) => key in query)) throw error;
    const rest = Object.fromEntries(Object.entries(query).filter(([key]) => !(key in fields))) as Q;
    return { data: await read(rest), fields };
  }
}
