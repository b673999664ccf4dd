// The checks of the request edge for /api/v1 (docs/decisions/010-request-edge.md), pure so the
// app's route handlers (api-route.ts) and the front's own RSVP handler (lib/front/front-rsvp.ts,
// decision 029) apply the very same ones, in the same order:
//   cross-site check and JSON content type for anything that changes data (not for a route
//   whose path token is the permission: `tokenInPath`, the one-click unsubscribe)
//   → path params, query and JSON body parsed with the domain's zod schemas.
// A malformed path id is a 404, like an unknown one. Nothing is cast or String()-ed.
import type { z } from "zod";
import { AppError, validationError } from "../errors.ts";
import { assertJsonContentType, assertSameOrigin, MUTATING_METHODS } from "./cross-site.ts";
import type { HeaderSource } from "./origin-rule.ts";
import { readJson } from "./read-json.ts";

type Schema = z.ZodType;

export type InputSpec = { params?: Schema; query?: Schema; body?: Schema; tokenInPath?: boolean };

export type RawInput = {
  method: string;
  headers: HeaderSource;
  params: Record<string, string | string[] | undefined>;
  query: URLSearchParams;
  /** The body as text; read only for a request that changes data. */
  text(): Promise<string>;
};

/**
 * Query parameters as an object for the route's schema. Stricter than the pages' reader
 * (lib/http/search-params.ts): a repeated key becomes an array, which a text schema refuses.
 * A blank value means "not given", as on the pages. Object.fromEntries keeps a `__proto__` key
 * an own key (assigned, a repeated one would have made an array the object's prototype).
 */
export function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  return Object.fromEntries(
    [...new Set(params.keys())].flatMap((key): [string, string | string[]][] => {
      const all = params.getAll(key);
      if (all.length > 1) return [[key, all]];
      return all[0].trim() !== "" ? [[key, all[0]]] : [];
    }),
  );
}

function parseWith<S extends Schema>(schema: S, value: unknown, message: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationError(parsed.error.issues, message);
  return parsed.data;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The checked params, query and body of a request, or an AppError saying what is wrong. */
export async function apiInput(spec: InputSpec, raw: RawInput): Promise<{ params: unknown; query: unknown; body: unknown }> {
  const mutating = MUTATING_METHODS.has(raw.method) && !spec.tokenInPath;
  if (mutating) {
    assertSameOrigin(raw);
    assertJsonContentType(raw);
  }
  let params: unknown = undefined;
  if (spec.params) {
    const parsed = spec.params.safeParse(raw.params);
    // A path that names nothing, malformed or not, is not found.
    if (!parsed.success) throw new AppError("not_found", parsed.error.issues[0]?.message ?? "There is no such item.");
    params = parsed.data;
  }
  const query = spec.query ? parseWith(spec.query, queryObject(raw.query), "That query is not valid.") : undefined;
  let body: unknown = undefined;
  if (mutating) {
    const json = await readJson(raw);
    if (spec.body) {
      if (!isPlainObject(json)) throw new AppError("validation", "The request body must be a JSON object.");
      body = parseWith(spec.body, json, "Some fields need another look.");
    } else if (!isPlainObject(json) || Object.keys(json).length > 0) {
      throw new AppError("validation", "This request takes no body: send nothing or {}.");
    }
  }
  return { params, query, body };
}
