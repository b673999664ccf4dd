// The one way through the edge for /api/v1 route handlers (docs/decisions/010-request-edge.md):
//   the checks of api-input.ts (cross-site, content type, params, query and body with the
//   domain's zod schemas)
//   → the actor of the request → the handler (which calls one lib/ domain function)
//   → JSON, or the JSON error shape through describeError().
// A malformed path id is a 404, like an unknown one. Nothing is cast or String()-ed.
import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { getActor } from "../auth/get-actor.ts";
import type { Actor } from "../auth/actor.ts";
import { apiInput } from "./api-input.ts";
import { jsonError } from "./json-error.ts";

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

export function apiRoute<
  PS extends Schema | undefined = undefined,
  QS extends Schema | undefined = undefined,
  BS extends Schema | undefined = undefined,
  R = unknown,
>(spec: Spec<PS, QS, BS, R>) {
  return async function handle(request: NextRequest, context?: RouteContext): Promise<Response> {
    try {
      const { params, query, body } = await apiInput(spec, {
        method: request.method,
        headers: request.headers,
        params: (await context?.params) ?? {},
        query: request.nextUrl.searchParams,
        text: () => request.text(),
      });
      const actor = spec.anonymous || spec.tokenInPath ? null : await getActor();
      const result = await spec.handler({ request, actor, params, query, body } as ApiInput<Out<PS>, Out<QS>, Out<BS>>);
      if (result instanceof Response) return result;
      return NextResponse.json(result ?? null, { status: spec.status ?? 200, headers: spec.headers });
    } catch (error) {
      return jsonError(error);
    }
  };
}
