// The front of `npm start`: an HTTP server on PORT in front of Next.js (on a private port).
// Reads of public pages are answered from a cache of a few seconds (lib/front/page-cache.ts),
// each response with a fresh CSP nonce written into the cached page (nonce-rewrite.ts) and, for
// a signed-in person, their personal layer (personal-layer.ts); everything else is passed
// through, streamed — but for a member's own RSVP, which the front answers itself with one
// statement (front-rsvp.ts). Forwarding headers say what the front saw, not what the client
// wrote (forwarded-headers.ts). See docs/decisions/020-public-page-cache.md, 026-one-origin.md,
// 028-personal-layer.md and 029-rsvp-in-one-statement.md.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { gzip } from "node:zlib";
import { promisify } from "node:util";
import { cacheAudience, sharedRequest, showsStaffTools } from "./cacheable-request.ts";
import { forwardedHeaders } from "./forwarded-headers.ts";
import { answerRsvpAtFront, rsvpAnswerPath } from "./front-rsvp.ts";
import { freshNonce, nonceOf, noncePositions, withNonce } from "./nonce-rewrite.ts";
import { withTheme } from "./theme-rewrite.ts";
import { themeFromCookieHeader } from "../theme.ts";
import { PageCache, type CachedResponse } from "./page-cache.ts";
import { placeholderAt, withPersonalView, type PersonalAnswer, type PersonalLayer } from "./personal-layer.ts";
import { sessionCookieValue } from "../auth/session-cookie.ts";
import { systemNow } from "../time/clock.ts";

const gzipAsync = promisify(gzip);
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "upgrade",
  "proxy-connection",
  "te",
  "trailer",
  "date",
  "content-length",
]);

export type FrontOptions = {
  port: number;
  host?: string;
  upstreamPort: number;
  cacheSeconds: number;
  /** TRUSTED_PROXIES: load balancers in front of the front whose X-Forwarded-* entries count. */
  trustedProxies?: number;
  /** Serves signed-in people the cached pages with their view written in; without it they reach the app. */
  personal?: PersonalLayer;
  /** APP_URL, when set: whether the site is https (for the CSRF cookie's name). */
  appUrl?: string;
  log?: (line: string) => void;
};

/**
 * How long an idle connection to Next.js is kept: shorter than Node's (and so Next's) keep-alive
 * timeout of 5 s, so the front closes it first. When the app closed it instead, a request the
 * front had just sent on it failed (503s in the RSVP rush after a few idle seconds).
 */
export const IDLE_UPSTREAM_MS = 4_000;

export function startFront(options: FrontOptions): Promise<http.Server> {
  // `timeout` closes a pooled connection after it has been idle that long (and only then).
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512, timeout: IDLE_UPSTREAM_MS });
  const cache = new PageCache({ freshMs: options.cacheSeconds * 1000, staleMs: Math.max(60_000, options.cacheSeconds * 1000), maxEntries: 500 });
  const log = options.log ?? ((line: string) => console.warn(`[front] ${line}`));

  const forwarded = (req: IncomingMessage) => forwardedHeaders(req.headers, req.socket.remoteAddress ?? "", options.trustedProxies ?? 0);

  // To Next.js, streamed; `body`: the request's body, already read by the front.
  function pass(req: IncomingMessage, res: ServerResponse, body?: Buffer) {
    const headers = forwarded(req);
    if (body) {
      delete headers["transfer-encoding"];
      headers["content-length"] = String(body.length);
    }
    const upstream = http.request({ host: "127.0.0.1", port: options.upstreamPort, method: req.method, path: req.url, headers, agent }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on("error", () => unavailable(res));
    if (body) upstream.end(body);
    else req.pipe(upstream);
  }

  function unavailable(res: ServerResponse) {
    if (res.headersSent) return void res.destroy();
    res.writeHead(503, { "content-type": "text/plain; charset=utf-8", "retry-after": "5", "cache-control": "no-store" });
    res.end("Paper Club is starting or restarting. Back in a moment.\n");
  }

  // The cached copy is the page anyone not signed in sees: rendered from the shared request
  // (no cookies, no visitor's own headers), uncompressed.
  function fill(url: string, headers: Record<string, string>): Promise<{ response: CachedResponse; cacheable: boolean }> {
    return new Promise((resolve, reject) => {
      const upstream = http.request({ host: "127.0.0.1", port: options.upstreamPort, method: "GET", path: url, headers, agent }, (answer) => {
        const chunks: Buffer[] = [];
        answer.on("data", (c: Buffer) => chunks.push(c));
        answer.on("error", reject);
        answer.on("end", () => {
          const body = Buffer.concat(chunks);
          const kept: Record<string, string | string[]> = {};
          for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) kept[name] = value;
          const csp = typeof answer.headers["content-security-policy"] === "string" ? answer.headers["content-security-policy"] : undefined;
          const nonce = nonceOf(csp);
          const type = String(answer.headers["content-type"] ?? "");
          const cacheable =
            answer.statusCode === 200 && !answer.headers["set-cookie"] && /^(text\/html|application\/json|text\/x-component)/.test(type);
          const positions = nonce ? noncePositions(body, nonce) : [];
          const personalAt = type.startsWith("text/html") ? placeholderAt(body) : -1;
          resolve({ response: { status: answer.statusCode ?? 502, headers: kept, body, nonce, positions, personalAt }, cacheable });
        });
      });
      upstream.on("error", reject);
      upstream.end();
    });
  }

  type Shared = { key: string; headers: Record<string, string> };
  // The site's scheme: APP_URL's when set, else the one the front saw (forwarded-headers.ts).
  const isHttps = (req: IncomingMessage) =>
    options.appUrl ? options.appUrl.startsWith("https://") : forwarded(req)["x-forwarded-proto"] === "https";

  // Read your writes: when someone signed in has changed something (any request but GET/HEAD,
  // remembered when its answer is sent), their next pages come from a copy fetched after that,
  // never from an older one — which everyone then shares (decision 028).
  const staleMs = Math.max(60_000, options.cacheSeconds * 1000);
  const writes = new Map<string, number>();
  function noteWrite(req: IncomingMessage, res: ServerResponse) {
    if (req.method === "GET" || req.method === "HEAD") return;
    const who = sessionCookieValue(req.headers.cookie);
    if (!who) return;
    res.once("finish", () => {
      const now = systemNow().getTime();
      writes.delete(who);
      writes.set(who, now);
      options.personal?.written();
      // Oldest first (a Map keeps insertion order): forget what is stale, and past 20,000 people.
      for (const [k, at] of writes) {
        if (now - at <= staleMs && writes.size <= 20_000) break;
        writes.delete(k);
      }
    });
  }
  function lastWrite(req: IncomingMessage): number | undefined {
    const who = sessionCookieValue(req.headers.cookie);
    const at = who ? writes.get(who) : undefined;
    return at !== undefined && systemNow().getTime() - at < staleMs ? at : undefined;
  }

  // A signed-in person: the page everyone gets with their view in it. An organizer's page with
  // tools members do not get, and any request the database cannot answer now, go to the app.
  async function serveMember(req: IncomingMessage, res: ServerResponse, shared: Shared, personal: PersonalLayer) {
    let answer: PersonalAnswer;
    try {
      answer = await personal.viewFor(req.headers.cookie, isHttps(req));
    } catch {
      return pass(req, res);
    }
    if (answer.view?.staff && showsStaffTools(req.url!)) return pass(req, res);
    await serveCached(req, res, shared, answer, lastWrite(req));
  }

  // GET /api/v1/me/view, answered here with the statement the app's route runs.
  async function answerView(req: IncomingMessage, res: ServerResponse, personal: PersonalLayer) {
    let answer: PersonalAnswer;
    try {
      answer = await personal.viewFor(req.headers.cookie, isHttps(req));
    } catch {
      return pass(req, res);
    }
    const body = Buffer.from(JSON.stringify({ view: answer.view }));
    res.writeHead(200, {
      "content-type": "application/json",
      "cache-control": "private, no-store",
      "content-length": String(body.length),
      ...(answer.setCookie ? { "set-cookie": answer.setCookie } : {}),
    });
    res.end(body);
  }

  async function serveCached(req: IncomingMessage, res: ServerResponse, shared: Shared, personal?: PersonalAnswer, notBefore?: number) {
    let lookup;
    try {
      lookup = await cache.get(shared.key, () => fill(req.url!, shared.headers), notBefore);
    } catch {
      return unavailable(res);
    }
    const { response, state } = lookup;
    // A page without the placeholder (Next's 404 document carries the layout only in its payload):
    // the app renders it for them.
    if (personal?.view && response.status !== 200 && !(response.personalAt !== undefined && response.personalAt >= 0)) return pass(req, res);
    const headers: Record<string, string | string[]> = { ...response.headers, "x-cache": state };
    let body = response.body;
    if (response.nonce) {
      const nonce = freshNonce();
      body = withNonce(body, response.positions, nonce);
      for (const name of ["content-security-policy", "content-security-policy-report-only"])
        if (typeof headers[name] === "string") headers[name] = (headers[name] as string).split(response.nonce).join(nonce);
    }
    if (personal) {
      // Whatever it carries, an answer to a signed-in person is theirs alone.
      headers["cache-control"] = "private, no-store";
      const { view, setCookie } = personal;
      if (view && response.personalAt !== undefined && response.personalAt >= 0) body = withPersonalView(body, response.personalAt, view);
      if (setCookie) headers["set-cookie"] = setCookie;
    }
    if (String(response.headers["content-type"] ?? "").startsWith("text/html")) body = withTheme(body, themeFromCookieHeader(req.headers.cookie));
    if (body.length > 1024 && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      body = await gzipAsync(body, { level: 4 });
      headers["content-encoding"] = "gzip";
      // Next's own Vary (rsc, next-router-state-tree, …) stays: a browser must not mix the two.
      const vary = headers.vary ? String(headers.vary) : "";
      headers.vary = /accept-encoding/i.test(vary) ? vary : [vary, "Accept-Encoding"].filter(Boolean).join(", ");
    }
    headers["content-length"] = String(body.length);
    res.writeHead(response.status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  const failed = (res: ServerResponse) => (error: unknown) => {
    log(`cached answer failed: ${error instanceof Error ? error.message : error}`);
    unavailable(res);
  };

  // A member's own RSVP, answered here (decision 029); what the front cannot answer goes on to the app.
  async function answerRsvp(req: IncomingMessage, res: ServerResponse, id: string, personal: PersonalLayer) {
    const handed = await answerRsvpAtFront(req, res, id, forwarded(req), personal);
    if (handed) pass(req, res, handed.handOver);
  }

  const server = http.createServer((req, res) => {
    const { personal } = options;
    if (personal && req.method === "GET" && req.url?.split("?")[0] === "/api/v1/me/view")
      return void answerView(req, res, personal).catch(failed(res));
    const rsvp = personal ? rsvpAnswerPath(req.method, req.url) : null;
    if (personal && rsvp !== null) {
      noteWrite(req, res);
      return void answerRsvp(req, res, rsvp, personal).catch(failed(res));
    }
    const audience = options.cacheSeconds > 0 ? cacheAudience(req.method, req.url, req.headers) : null;
    const shared = audience === "visitor" || (audience === "member" && personal) ? sharedRequest(req.url!, forwarded(req)) : null;
    if (shared && audience === "member" && personal) serveMember(req, res, shared, personal).catch(failed(res));
    else if (shared) serveCached(req, res, shared).catch(failed(res));
    else {
      noteWrite(req, res);
      pass(req, res);
    }
  });
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve(server));
  });
}
