// The front of `npm start`: an HTTP server on PORT in front of Next.js (on a private port).
// Reads of public pages by visitors who are not signed in are answered from a cache of a few
// seconds (lib/front/page-cache.ts), each response with a fresh CSP nonce written into the
// cached page (nonce-rewrite.ts); everything else is passed through, streamed. Forwarding
// headers say what the front saw, not what the client wrote (forwarded-headers.ts).
// See docs/decisions/020-public-page-cache.md and 026-one-origin.md.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { gzip } from "node:zlib";
import { promisify } from "node:util";
import { isCacheableRequest, sharedRequest } from "./cacheable-request.ts";
import { forwardedHeaders } from "./forwarded-headers.ts";
import { freshNonce, nonceOf, noncePositions, withNonce } from "./nonce-rewrite.ts";
import { PageCache, type CachedResponse } from "./page-cache.ts";

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

  function pass(req: IncomingMessage, res: ServerResponse) {
    const upstream = http.request(
      { host: "127.0.0.1", port: options.upstreamPort, method: req.method, path: req.url, headers: forwarded(req), agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => unavailable(res));
    req.pipe(upstream);
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
          resolve({
            response: { status: answer.statusCode ?? 502, headers: kept, body, nonce, positions: nonce ? noncePositions(body, nonce) : [] },
            cacheable,
          });
        });
      });
      upstream.on("error", reject);
      upstream.end();
    });
  }

  async function serveCached(req: IncomingMessage, res: ServerResponse, shared: { key: string; headers: Record<string, string> }) {
    let lookup;
    try {
      lookup = await cache.get(shared.key, () => fill(req.url!, shared.headers));
    } catch {
      return unavailable(res);
    }
    const { response, state } = lookup;
    const headers: Record<string, string | string[]> = { ...response.headers, "x-cache": state };
    let body = response.body;
    if (response.nonce) {
      const nonce = freshNonce();
      body = withNonce(body, response.positions, nonce);
      for (const name of ["content-security-policy", "content-security-policy-report-only"])
        if (typeof headers[name] === "string") headers[name] = (headers[name] as string).split(response.nonce).join(nonce);
    }
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

  const server = http.createServer((req, res) => {
    const shared = options.cacheSeconds > 0 && isCacheableRequest(req.method, req.url, req.headers) ? sharedRequest(req.url!, forwarded(req)) : null;
    if (shared) {
      serveCached(req, res, shared).catch((error) => {
        log(`cached answer failed: ${error instanceof Error ? error.message : error}`);
        unavailable(res);
      });
    } else pass(req, res);
  });
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve(server));
  });
}
