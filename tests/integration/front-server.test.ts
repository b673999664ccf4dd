// The front of `npm start` over real HTTP, in front of a stand-in for Next.js that renders each
// page with a nonce of its own: public reads by visitors come from the cache with a fresh nonce
// in body and header each time; signed-in reads, writes and other paths reach the app.
import http from "node:http";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "../../lib/db/embedded-postgres.ts";
import { startFront } from "../../lib/front/front-server.ts";
import { freshNonce } from "../../lib/front/nonce-rewrite.ts";

describe("the front", () => {
  const hits: string[] = [];
  let app: http.Server;
  let front: http.Server;
  let base = "";
  let appPort = 0;

  beforeAll(async () => {
    appPort = await findFreePort();
    app = http.createServer((req, res) => {
      hits.push(`${req.method} ${req.url} ${req.headers.cookie ?? ""}`);
      if (req.method === "POST") {
        let body = "";
        req.on("data", (c) => (body += c));
        req.on("end", () => res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify({ got: body })));
        return;
      }
      if (req.headers.rsc) {
        const tree = String(req.headers["next-router-state-tree"]);
        res.writeHead(200, { "content-type": "text/x-component", vary: "rsc, next-router-state-tree, next-router-prefetch" });
        return void res.end(`0:["payload of ${req.url} from ${tree}"] ${"·".repeat(2000)}`);
      }
      if (req.url === "/papers") return void res.writeHead(200, { "content-type": "text/html", "set-cookie": "x=1" }).end("<p>with a cookie</p>");
      if (req.url === "/speak") return void res.writeHead(500, { "content-type": "text/html" }).end("broken");
      const nonce = freshNonce();
      res.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
      });
      res.end(
        `<html><script nonce="${nonce}">boot()</script><p>${req.url} ${req.headers.cookie ? "signed in" : "visitor"} ${"·".repeat(2000)}</p></html>`,
      );
    });
    await new Promise<void>((r) => app.listen(appPort, "127.0.0.1", r));
    const port = await findFreePort();
    front = await startFront({ port, host: "127.0.0.1", upstreamPort: appPort, cacheSeconds: 30, log: () => {} });
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    front.closeAllConnections();
    await new Promise((r) => front.close(r));
    app.closeAllConnections();
    await new Promise((r) => app.close(r));
  });

  const nonces = async (res: Response) => {
    const body = await res.text();
    const inBody = [...body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]);
    const inHeader = res.headers.get("content-security-policy")!.match(/'nonce-([^']+)'/)![1];
    return { body, inBody, inHeader };
  };

  it("renders a public page once and gives every visitor a fresh nonce, the same in body and header", async () => {
    const before = hits.length;
    const answers = await Promise.all(Array.from({ length: 5 }, () => fetch(`${base}/schedule`)));
    const seen = await Promise.all(answers.map(nonces));
    expect(hits.length - before).toBe(1);
    for (const s of seen) {
      expect(s.inBody).toEqual([s.inHeader]);
      expect(s.body).toContain("/schedule visitor");
    }
    expect(new Set(seen.map((s) => s.inHeader)).size).toBe(5);
    expect(answers.map((a) => a.headers.get("x-cache"))).toContain("miss");
    const again = await fetch(`${base}/schedule`);
    expect(again.headers.get("x-cache")).toBe("hit");
    expect(hits.length - before).toBe(1);
  });

  it("compresses for browsers that accept it, and answers HEAD without a body", async () => {
    const raw = await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve) =>
      http.get(`${base}/schedule`, { headers: { "accept-encoding": "gzip, br" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }),
    );
    expect(raw.headers["content-encoding"]).toBe("gzip");
    const text = gunzipSync(raw.body).toString();
    expect(text).toContain(`nonce="${(raw.headers["content-security-policy"] as string).match(/'nonce-([^']+)'/)![1]}"`);
    const head = await fetch(`${base}/schedule`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("passes signed-in reads, writes and private pages to the app, every time", async () => {
    const before = hits.length;
    const cookie = "next-auth.session-token=abc";
    for (let i = 0; i < 2; i++) expect(await (await fetch(`${base}/schedule`, { headers: { cookie } })).text()).toContain("signed in");
    const posted = await fetch(`${base}/api/v1/sessions/x/rsvp`, {
      method: "POST",
      body: '{"mode":"remote"}',
      headers: { "content-type": "application/json" },
    });
    expect(posted.status).toBe(201);
    expect(await posted.json()).toEqual({ got: '{"mode":"remote"}' });
    await fetch(`${base}/me`);
    await fetch(`${base}/me`);
    expect(hits.slice(before).map((h) => h.split(" ").slice(0, 2).join(" "))).toEqual([
      "GET /schedule",
      "GET /schedule",
      "POST /api/v1/sessions/x/rsvp",
      "GET /me",
      "GET /me",
    ]);
  });

  it("keeps no answer that sets a cookie or failed", async () => {
    const before = hits.length;
    for (let i = 0; i < 2; i++) await (await fetch(`${base}/papers`)).text();
    for (let i = 0; i < 2; i++) expect((await fetch(`${base}/speak`)).status).toBe(500);
    expect(hits.length - before).toBe(4);
  });

  it("caches a visitor's client navigation per page it came from, apart from the page itself", async () => {
    const nav = (tree: string) =>
      fetch(`${base}/tracks/rsc-test?_rsc=abc`, { headers: { rsc: "1", "next-router-state-tree": tree, "accept-encoding": "gzip" } });
    const before = hits.length;
    const fromHome = await Promise.all([nav("home"), nav("home"), nav("home")]);
    const fromSchedule = await nav("schedule");
    const page = await fetch(`${base}/tracks/rsc-test?_rsc=abc`);
    // One render per page it came from, and one for the page itself.
    expect(hits.length - before).toBe(3);
    for (const res of fromHome) expect(await res.text()).toContain('payload of /tracks/rsc-test?_rsc=abc from home"');
    expect(await fromSchedule.text()).toContain("from schedule");
    expect(await page.text()).toContain("<html>");
    expect((await nav("home")).headers.get("x-cache")).toBe("hit");
    // Next's Vary stays, with the front's own encoding added: a browser must not mix them.
    expect(fromHome[0].headers.get("vary")).toBe("rsc, next-router-state-tree, next-router-prefetch, Accept-Encoding");
    // Signed in, or a server action: always the app.
    const hitsBefore = hits.length;
    await fetch(`${base}/tracks/rsc-test?_rsc=abc`, { headers: { rsc: "1", "next-router-state-tree": "home", cookie: "next-auth.session-token=s" } });
    await fetch(`${base}/tracks/rsc-test`, { method: "POST", headers: { "next-action": "a1" }, body: "[]" });
    expect(hits.length - hitsBefore).toBe(2);
  });

  it("says 503 with Retry-After, not an error page, while the app does not answer", async () => {
    const port = await findFreePort();
    const orphan = await startFront({ port, host: "127.0.0.1", upstreamPort: await findFreePort(), cacheSeconds: 5, log: () => {} });
    try {
      for (const path of ["/schedule", "/me"]) {
        const res = await fetch(`http://127.0.0.1:${port}${path}`);
        expect(res.status).toBe(503);
        expect(res.headers.get("retry-after")).toBe("5");
        expect(await res.text()).toContain("Back in a moment");
      }
    } finally {
      orphan.closeAllConnections();
      await new Promise((r) => orphan.close(r));
    }
  });
});
