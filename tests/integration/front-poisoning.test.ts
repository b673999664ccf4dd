// Nothing one visitor sends reaches the page the front then serves to the next (issue 17,
// docs/decisions/026-one-origin.md). The front runs over real HTTP in front of a stand-in for
// Next.js that writes, into every page, links built by the app's own siteOrigin() (as with
// APP_URL unset) and every request header it was given. A hostile visitor sends each
// forwarding and host header with a hostile value to every cached page, as a page and as a
// client navigation; the next visitor's copy must carry none of it.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "../../lib/db/embedded-postgres.ts";
import { startFront } from "../../lib/front/front-server.ts";
import { siteOrigin } from "../../lib/http/site-origin.ts";

const CACHED_PAGES = [
  "/",
  "/schedule",
  "/schedule/changes",
  "/sessions/0b7e6c58-6d5c-4a8e-9a53-3f1f2d7c9e01",
  "/tracks/systems",
  "/papers",
  "/speak",
  "/api/v1/schedule",
];

const EVIL = "evil.example";
/** Every header that names a host, scheme, port, address or path, each with a hostile value. */
const HOSTILE: Record<string, string> = {
  "x-forwarded-proto": `https://${EVIL}/?`,
  "x-forwarded-host": EVIL,
  "x-forwarded-for": `203.0.113.66, ${EVIL}`,
  "x-forwarded-port": `443/${EVIL}`,
  "x-forwarded-server": EVIL,
  "x-forwarded-prefix": `/${EVIL}`,
  "x-forwarded-scheme": `https://${EVIL}`,
  "x-forwarded-ssl": `on-${EVIL}`,
  forwarded: `for=203.0.113.66;host=${EVIL};proto=https`,
  "x-original-host": EVIL,
  "x-original-url": `https://${EVIL}/`,
  "x-rewrite-url": `https://${EVIL}/`,
  "x-host": EVIL,
  "x-real-ip": EVIL,
  "true-client-ip": EVIL,
  "x-client-ip": EVIL,
  "x-http-host-override": EVIL,
  "x-http-method-override": EVIL,
  via: `1.1 ${EVIL}`,
  referer: `https://${EVIL}/`,
  origin: `https://${EVIL}`,
  "accept-language": EVIL,
  accept: `text/html, ${EVIL}/x`,
  "user-agent": `Mozilla/5.0 ${EVIL}`,
  cookie: `theme=${EVIL}; other=${EVIL}`,
};

type Answer = { status: number; body: string };

function get(port: number, path: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, path, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
  });
}

describe("the front, against a visitor who forges forwarding headers (APP_URL unset)", () => {
  let app: http.Server;
  let front: http.Server;
  let port = 0;
  const SITE = "club.test:3000";

  beforeAll(async () => {
    const appPort = await findFreePort();
    app = http.createServer((req, res) => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
      const origin = siteOrigin(headers, { port: 3000 });
      const rsc = Boolean(req.headers.rsc);
      res.writeHead(200, { "content-type": rsc ? "text/x-component" : "text/html; charset=utf-8" });
      res.end(`<a href="webcal://${origin.replace(/^https?:\/\//, "")}/calendar/x.ics">feed</a><a href="${origin}/sessions/x">page</a>
<pre>${JSON.stringify(req.headers)}</pre>`);
    });
    await new Promise<void>((r) => app.listen(appPort, "127.0.0.1", r));
    port = await findFreePort();
    front = await startFront({ port, host: "127.0.0.1", upstreamPort: appPort, cacheSeconds: 60, log: () => {} });
  });
  afterAll(async () => {
    front.closeAllConnections();
    await new Promise((r) => front.close(r));
    app.closeAllConnections();
    await new Promise((r) => app.close(r));
  });

  const navigation = { rsc: "1", "next-router-state-tree": "%5B%22%22%5D" };

  it("serves the next visitor of every cached page a copy with none of it", async () => {
    for (const path of CACHED_PAGES) {
      for (const extra of [{}, navigation]) {
        const url = Object.keys(extra).length ? `${path}?_rsc=abc` : path;
        const forged = await get(port, url, { host: SITE, ...HOSTILE, ...extra });
        expect(forged.status, url).toBe(200);
        // The app never saw any of it: even the forger's own copy carries none.
        expect(forged.body, url).not.toContain(EVIL);
        expect(forged.body, url).toContain(`href="http://${SITE}/sessions/x"`);
        const next = await get(port, url, { host: SITE, ...extra });
        expect(next.body, url).not.toContain(EVIL);
        expect(next.body, url).not.toContain("203.0.113.66");
        expect(next.body, url).toContain(`href="http://${SITE}/sessions/x"`);
        expect(next.body, url).toContain(`webcal://${SITE}/calendar/x.ics`);
      }
    }
  });

  it("keeps a page asked for under a forged Host apart from the site's", async () => {
    for (const host of [EVIL, `${EVIL}:443`, `${SITE}@${EVIL}`, `https://${EVIL}/?`]) {
      for (const path of CACHED_PAGES) {
        await get(port, `${path}?host-test`, { host, ...HOSTILE });
        const next = await get(port, `${path}?host-test`, { host: SITE });
        expect(next.body, `${host} ${path}`).not.toContain(EVIL);
      }
    }
  });

  it("still caches: the next visitor's copy is the forger's render when only forged headers differ", async () => {
    await get(port, "/schedule?shared", { host: SITE, ...HOSTILE });
    const before = await get(port, "/schedule?shared", { host: SITE });
    const again = await get(port, "/schedule?shared", { host: SITE, ...HOSTILE });
    expect(again.body).toBe(before.body);
  });
});
