// The front answers a member's own RSVP itself (docs/decisions/029-rsvp-in-one-statement.md):
// POST and DELETE /api/v1/sessions/{id}/rsvp, the requests of an RSVP rush, without Next.js,
// Prisma or NextAuth's session lookup between the person and the database. The same edge checks
// (lib/http/api-input.ts, with the route's own schemas), the same person (the statement getActor
// runs), the same domain function with its permission check (lib/rsvps/own-answer.ts), the same
// answers and errors as the app's route — which still answers them under `npm run dev`, and
// whenever the front cannot: an error that is not an answer (the database unreachable from the
// front's pool) hands the request, body and all, to the app, which then says what is wrong.
import type { IncomingMessage, ServerResponse } from "node:http";
import { actorFor } from "../auth/session-actor.ts";
import { sessionCookieValue, sessionRef } from "../auth/session-cookie.ts";
import type { RunSql } from "../db/run-sql.ts";
import { AppError } from "../errors.ts";
import { apiInput } from "../http/api-input.ts";
import { appErrorAnswer, errorJson } from "../http/error-answer.ts";
import { siteOrigin } from "../http/origin-rule.ts";
import { MAX_BODY_BYTES } from "../http/read-json.ts";
import { securityHeaders } from "../http/security-headers.ts";
import { answerOwnRsvp } from "../rsvps/own-answer.ts";
import { rsvpRouteBody, rsvpRouteParams } from "../rsvps/schemas.ts";
import { appNow } from "../time/clock.ts";

const PATH = /^\/api\/v1\/sessions\/([^/]*)\/rsvp$/;

/** The path's session id segment when this is an RSVP answer the front takes, else null. */
export function rsvpAnswerPath(method: string | undefined, url: string | undefined): string | null {
  if ((method !== "POST" && method !== "DELETE") || !url) return null;
  const match = PATH.exec(url.split("?")[0]);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null; // a malformed escape: the app says so
  }
}

export type RsvpDeps = { run: RunSql; secret: string };

/** The body, up to one byte past the limit (the edge then refuses it as too large). */
function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      if (size > MAX_BODY_BYTES) return;
      chunks.push(chunk);
      size += chunk.length;
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function answer(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}) {
  const json = Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    ...securityHeaders({ isProduction: process.env.NODE_ENV === "production" }),
    "content-type": "application/json",
    "cache-control": "private, no-store",
    "content-length": String(json.length),
    ...extra,
  });
  res.end(json);
}

/**
 * Answers the RSVP request; resolves to its body when the app must answer instead. `headers` are
 * the request's as the front passes them on (forwarded-headers.ts): the origin checks read those.
 */
export async function answerRsvpAtFront(
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  headers: Record<string, string | string[] | undefined>,
  deps: RsvpDeps,
): Promise<{ handOver: Buffer } | null> {
  const body = await readBody(req);
  const seen = new Headers();
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) seen.set(name, Array.isArray(value) ? value.join(", ") : value);
  const url = new URL(req.url!, "http://front");
  try {
    const post = req.method === "POST";
    const input = (await apiInput(post ? { params: rsvpRouteParams, body: rsvpRouteBody } : { params: rsvpRouteParams }, {
      method: req.method!,
      headers: seen,
      params: { id },
      query: url.searchParams,
      text: async () => body.toString("utf8"),
    })) as { params: { id: string }; body?: { mode: string } };
    const cookie = sessionCookieValue(req.headers.cookie);
    const ref = cookie ? await sessionRef(cookie, deps.secret) : null;
    const actor = ref ? await actorFor(deps.run, ref.sub, ref.sid) : null;
    const options = { now: appNow(), siteUrl: siteOrigin(seen) };
    const rsvp = await answerOwnRsvp(deps.run, actor, { sessionId: input.params.id, mode: post ? input.body!.mode : null }, options);
    if (post) {
      const { sessionId: _sessionId, ...shown } = rsvp!;
      answer(res, 200, shown);
    } else answer(res, 200, { cancelled: true });
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) return { handOver: body };
    const refused = appErrorAnswer(error);
    const retry = refused.retryAfterSeconds !== undefined ? { "retry-after": String(refused.retryAfterSeconds) } : undefined;
    answer(res, refused.status, errorJson(refused), retry);
    return null;
  }
}
