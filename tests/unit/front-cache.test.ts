// The front's pieces: which requests it may answer from the cache, the cache's freshness and
// coalescing, and the nonce written fresh into each response.
import { describe, expect, it } from "vitest";
import { isCacheableRequest, sharedRequest } from "../../lib/front/cacheable-request.ts";
import { freshNonce, nonceOf, noncePositions, withNonce } from "../../lib/front/nonce-rewrite.ts";
import { PageCache, type CachedResponse } from "../../lib/front/page-cache.ts";

const response = (status = 200, text = "page"): CachedResponse => ({ status, headers: {}, body: Buffer.from(text), nonce: null, positions: [] });

describe("the front's cache", () => {
  it("answers from the cache only reads of public pages by people not signed in", () => {
    const ok = (url: string, headers = {}, method = "GET") => isCacheableRequest(method, url, headers);
    expect(ok("/")).toBe(true);
    expect(ok("/schedule?series=test-of-time")).toBe(true);
    expect(ok("/sessions/0b5c2b8e-8d2a-4a53-9a43-3f1f0e7b8c11")).toBe(true);
    expect(ok("/tracks/foundations")).toBe(true);
    expect(ok("/api/v1/schedule")).toBe(true);
    expect(ok("/schedule", {}, "HEAD")).toBe(true);
    expect(ok("/schedule", {}, "POST")).toBe(false);
    expect(ok("/me")).toBe(false);
    expect(ok("/organize")).toBe(false);
    expect(ok("/api/v1/me/rsvps")).toBe(false);
    expect(ok("/sessions/not-a-uuid")).toBe(false);
    expect(ok("/schedule", { cookie: "theme=dark; next-auth.session-token=abc" })).toBe(false);
    expect(ok("/schedule", { cookie: "__Secure-next-auth.session-token=abc" })).toBe(false);
    expect(ok("/schedule", { cookie: "next-auth.csrf-token=abc" })).toBe(true);
    // A visitor's client navigation to a public page (its RSC payload) is cached too; a server action never.
    expect(ok("/schedule?_rsc=abc", { rsc: "1", "next-router-state-tree": "%5B%22%22%5D" })).toBe(true);
    expect(ok("/schedule", { "next-action": "abc" })).toBe(false);
    expect(ok("/schedule", { rsc: "1", "next-action": "abc" })).toBe(false);
    expect(ok(`/schedule?${"x".repeat(600)}`)).toBe(false);
  });

  it("keys a client navigation by the headers its payload depends on", () => {
    const key = (url: string, headers: Record<string, string>) => sharedRequest(url, headers)?.key;
    const page = key("/schedule", { host: "club.test" });
    const nav = (tree: string, more = {}) => key("/schedule?_rsc=x", { host: "club.test", rsc: "1", "next-router-state-tree": tree, ...more });
    expect(nav("a")).not.toBe(key("/schedule", { host: "club.test", rsc: "1", "next-router-state-tree": "a" }));
    expect(nav("a")).not.toBe(page);
    expect(nav("a")).not.toBe(nav("b"));
    expect(nav("a", { "next-router-prefetch": "1" })).not.toBe(nav("a"));
    // Header order does not matter; headers the answer does not depend on are not in the key.
    expect(key("/schedule?_rsc=x", { "next-router-state-tree": "a", rsc: "1", host: "club.test", "user-agent": "x" })).toBe(nav("a"));
    expect(sharedRequest("/schedule?_rsc=x", { host: "club.test", rsc: "1", "next-router-state-tree": "t".repeat(5000) })).toBeNull();
  });

  it("fills the cache with a request made only of what the key holds", () => {
    const visitor = {
      host: "club.test",
      "x-forwarded-proto": "https",
      cookie: "a=1",
      "accept-language": "de",
      "user-agent": "Firefox",
      referer: "x",
    };
    const shared = sharedRequest("/schedule", visitor)!;
    expect(shared.headers).toEqual({
      host: "club.test",
      "x-forwarded-host": "club.test",
      "x-forwarded-proto": "https",
      accept: "*/*",
      "accept-encoding": "identity",
    });
    for (const [name, value] of Object.entries(shared.headers)) expect(shared.key).toContain(`${name}: ${value}`);
    expect(shared.key).not.toBe(sharedRequest("/schedule", { ...visitor, "x-forwarded-proto": "http" })!.key);
    expect(shared.key).not.toBe(sharedRequest("/schedule", { ...visitor, host: "other.test" })!.key);
    // Bots get a page of their own kind, rendered for a stand-in (never their own user agent).
    const bot = sharedRequest("/schedule", { ...visitor, "user-agent": "Twitterbot/1.0 <script>" })!;
    expect(bot.headers["user-agent"]).toBe("facebookexternalhit/1.1");
    expect(bot.key).not.toBe(shared.key);
    expect(sharedRequest("/schedule", { ...visitor, "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1)" })!.headers["user-agent"]).toBe(
      "Googlebot/2.1",
    );
  });

  it("writes a fresh nonce wherever the rendered one stood, in place", () => {
    const old = freshNonce();
    const csp = `script-src 'self' 'nonce-${old}' 'strict-dynamic'`;
    expect(nonceOf(csp)).toBe(old);
    expect(nonceOf("default-src 'self'")).toBeNull();
    const body = Buffer.from(`<script nonce="${old}">a</script><p>text</p><script nonce="${old}" src="/x.js"></script>`);
    const positions = noncePositions(body, old);
    expect(positions).toHaveLength(2);
    const fresh = freshNonce();
    expect(fresh).toHaveLength(old.length);
    expect(fresh).not.toBe(old);
    const out = withNonce(body, positions, fresh).toString();
    expect(out).not.toContain(old);
    expect(out.split(fresh)).toHaveLength(3);
    expect(out.length).toBe(body.length);
    expect(body.toString()).toContain(old); // the cached copy is untouched
  });

  it("keeps a page fresh for its time, then serves it stale while one fetch refreshes it", async () => {
    let now = 0;
    let fills = 0;
    const cache = new PageCache({ freshMs: 5_000, staleMs: 60_000, maxEntries: 2, now: () => now });
    const fill = async () => ({ response: response(200, `v${++fills}`), cacheable: true });
    const all = await Promise.all([cache.get("a", fill), cache.get("a", fill), cache.get("a", fill)]);
    expect(fills).toBe(1);
    expect(all.map((l) => l.state)).toEqual(["miss", "miss", "miss"]);
    now = 4_000;
    expect((await cache.get("a", fill)).state).toBe("hit");
    now = 6_000;
    const stale = await cache.get("a", fill);
    expect(stale.state).toBe("stale");
    expect(stale.response.body.toString()).toBe("v1");
    await new Promise((r) => setTimeout(r, 0));
    expect((await cache.get("a", fill)).response.body.toString()).toBe("v2");
    // Bounded: the least recently used page goes.
    await cache.get("b", fill);
    await cache.get("c", fill);
    expect(cache.size).toBe(2);
  });

  it("serves the last good page while the app fails, and drops it on a definite answer", async () => {
    let now = 0;
    const cache = new PageCache({ freshMs: 5_000, staleMs: 60_000, maxEntries: 10, now: () => now });
    await cache.get("a", async () => ({ response: response(200, "good"), cacheable: true }));
    now = 10_000;
    await cache.get("a", async () => ({ response: response(503, "down"), cacheable: false }));
    await new Promise((r) => setTimeout(r, 0));
    expect((await cache.get("a", async () => ({ response: response(503), cacheable: false }))).response.body.toString()).toBe("good");
    now = 70_000;
    expect((await cache.get("a", async () => ({ response: response(503, "down"), cacheable: false }))).response.status).toBe(503);
    await cache.get("b", async () => ({ response: response(200, "b"), cacheable: true }));
    now = 80_000;
    await cache.get("b", async () => ({ response: response(404, "gone"), cacheable: false }));
    await new Promise((r) => setTimeout(r, 0));
    expect((await cache.get("b", async () => ({ response: response(404, "gone"), cacheable: false }))).response.status).toBe(404);
  });

  it("gives someone who just wrote only a copy fetched after their write, and that copy serves everyone", async () => {
    let now = 0;
    let fills = 0;
    const cache = new PageCache({ freshMs: 5_000, staleMs: 60_000, maxEntries: 10, now: () => now });
    let release: () => void = () => {};
    const slow = () =>
      new Promise<{ response: CachedResponse; cacheable: boolean }>((resolve) => {
        const body = `v${++fills}`;
        release = () => resolve({ response: response(200, body), cacheable: true });
      });
    const fill = async () => ({ response: response(200, `v${++fills}`), cacheable: true });
    await cache.get("a", fill); // v1, fetched at 0
    now = 1_000;
    expect((await cache.get("a", fill)).response.body.toString()).toBe("v1");
    // A write finished at 1000: v1 (fetched at 0) will not do for its author.
    const theirs = await cache.get("a", fill, 1_000);
    expect([theirs.state, theirs.response.body.toString()]).toEqual(["miss", "v2"]);
    expect((await cache.get("a", fill)).response.body.toString()).toBe("v2");
    // A fetch already under way when the write finished is not shared with its author either.
    now = 10_000;
    const before = cache.get("a", slow); // v2 served stale while v3 is fetched (sent at 10 000)
    now = 10_500;
    const after = await cache.get("a", fill, 10_200); // does not wait for v3
    expect(after.response.body.toString()).toBe("v4");
    release();
    expect((await before).response.body.toString()).toBe("v2");
    await new Promise((r) => setTimeout(r, 0));
    // The older v3 does not replace the newer v4.
    expect((await cache.get("a", fill)).response.body.toString()).toBe("v4");
  });
});
