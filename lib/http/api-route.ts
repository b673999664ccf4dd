// The one way through the edge for /api/v1 route handlers (docs/decisions/010-request-edge.md):
//   cross-site check and JSON content type for anything that changes data (not for a route
//   whose path token is the permission: `tokenInPath`, the one-click unsubscribe)
//   → path params, query and JSON body parsed with the domain's zod schemas
//   → the actor of the request → the handler (which calls one lib/ domain function)
//   → JSON, or the JSON error shape through describeError().
// A malformed path id is a 404, like an unknown one. Nothing is cast or String()-ed.
import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { getActor } from "../auth/get-actor.ts";
import type { Actor } from "../auth/actor.ts";
import { AppError, validationError } from "../errors.ts";
import { assertJsonContentType, assertSameOrigin, MUTATING_METHODS } from "./cross-site.ts";
import { jsonError } from "./json-error.ts";
import { readJson } from "./read-json.ts";

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

export type ApiInput<P, Q, B> = { request: NextRequest; actor: Actor; params: P; query: Q; body: B };

type Spec<PS, QS, BS, R> = {
  params?: PS;
  query?: QS;
  body?: BS;
  /** Status of a successful answer (201 for a creation). */
  status?: number;
  /**
   * The answer is the same for everyone: the session cookie is not read (actor is null), so the
   * route stays cacheable. For public reads such as the schedule.
   */
  anonymous?: boolean;
  /**
   * A token in the path is the only permission (the one-click unsubscribe of RFC 8058): a mail
   * provider POSTs a form body from its own origin, without cookies. So no cross-site or
   * content-type check and no body is read — and, so that no cookie can ride along, the session
   * is not read either (actor is null, as with `anonymous`).
   */
  tokenInPath?: boolean;
  /** Extra response headers of a successful answer (e.g. Cache-Control). */
  headers?: Record<string, string>;
  handler: (input: ApiInput<Out<PS>, Out<QS>, Out<BS>>) => Promise<R>;
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

export function apiRoute<
  PS extends Schema | undefined = undefined,
  QS extends Schema | undefined = undefined,
  BS extends Schema | undefined = undefined,
  R = unknown,
>(spec: Spec<PS, QS, BS, R>) {
  return async function handle(request: NextRequest, context?: RouteContext): Promise<Response> {
    try {
      const mutating = MUTATING_METHODS.has(request.method) && !spec.tokenInPath;
      if (mutating) {
        assertSameOrigin(request);
        assertJsonContentType(request);
      }
      let params: unknown = undefined;
      if (spec.params) {
        const parsed = spec.params.safeParse((await context?.params) ?? {});
        // A path that names nothing, malformed or not, is not found.
        if (!parsed.success) throw new AppError("not_found", parsed.error.issues[0]?.message ?? "There is no such item.");
        params = parsed.data;
      }
      const query = spec.query ? parseWith(spec.query, queryObject(request.nextUrl.searchParams), "That query is not valid.") : undefined;
      let body: unknown = undefined;
      if (mutating) {
        const raw = await readJson(request);
        if (spec.body) {
          if (!isPlainObject(raw)) throw new AppError("validation", "The request body must be a JSON object.");
          body = parseWith(spec.body, raw, "Some fields need another look.");
        } else if (!isPlainObject(raw) || Object.keys(raw).length > 0) {
          throw new AppError("validation", "This request takes no body: send nothing or {}.");
        }
      }
      const actor = spec.anonymous || spec.tokenInPath ? null : await getActor();
      const result = await spec.handler({ request, actor, params, query, body } as ApiInput<Out<PS>, Out<QS>, Out<BS>>);
      if (result instanceof Response) return result;
      return NextResponse.json(result ?? null, { status: spec.status ?? 200, headers: spec.headers });
    } catch (error) {
      return jsonError(error);
    }
  };
}
