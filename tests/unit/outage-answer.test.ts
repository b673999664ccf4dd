// The outage flag and the proxy's answer while it is up (decision 021): pages get a 503 "back in
// a moment", API routes and server actions answer for themselves, and the database is probed at
// most once a second until it answers.
import { afterEach, describe, expect, it } from "vitest";
import { isDatabaseMarkedDown, isDatabaseReachable, reportDatabaseDown, reportDatabaseUp } from "../../lib/db/availability.ts";
import { isDatabaseUnavailable } from "../../lib/db/errors.ts";
import { outageAnswer } from "../../lib/http/outage-answer.ts";

const request = (method = "GET", headers: Record<string, string> = { accept: "text/html" }) =>
  new Request("http://paperclub.test/x", { method, headers });

describe("the outage flag", () => {
  afterEach(() => reportDatabaseUp());

  it("costs nothing while up, probes at most once a second while down, and is lowered by the first probe that gets through", async () => {
    expect(await isDatabaseReachable()).toBe(true);
    let probes = 0;
    let answers = false;
    reportDatabaseDown(async () => (probes++, answers));
    expect(isDatabaseMarkedDown()).toBe(true);
    const t = 1_000_000;
    expect(await Promise.all([isDatabaseReachable(t), isDatabaseReachable(t + 10), isDatabaseReachable(t + 999)])).toEqual([false, false, false]);
    expect(probes).toBe(1);
    answers = true;
    expect(await isDatabaseReachable(t + 500)).toBe(false); // the last probe's answer still stands
    expect(await isDatabaseReachable(t + 1000)).toBe(true);
    expect(probes).toBe(2);
    expect(isDatabaseMarkedDown()).toBe(false);
  });

  it("counts a probe that throws as down", async () => {
    reportDatabaseDown(() => Promise.reject(new Error("ECONNREFUSED")));
    expect(await isDatabaseReachable()).toBe(false);
  });
});

describe("outageAnswer", () => {
  afterEach(() => reportDatabaseUp());

  it("serves everything while the database is up", async () => {
    expect(await outageAnswer(request(), "/schedule")).toBeNull();
  });

  it("answers pages with 503, Retry-After and the friendly page; feeds with text; lets the API and server actions through", async () => {
    reportDatabaseDown(async () => false);
    const page = (await outageAnswer(request(), "/schedule"))!;
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("5");
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(await page.text()).toContain("We'll be back in a moment");
    const feed = (await outageAnswer(request("GET", { accept: "application/atom+xml" }), "/schedule/changes.atom"))!;
    expect(feed.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await (await outageAnswer(request("HEAD"), "/"))!.text()).toBe("");
    expect(await outageAnswer(request(), "/api/v1/schedule")).toBeNull();
    expect(await outageAnswer(request(), "/api/health")).toBeNull();
    expect(await outageAnswer(request("POST", { accept: "text/x-component", "next-action": "abc" }), "/sessions/1")).toBeNull();
    expect((await outageAnswer(request(), "/apiary"))?.status).toBe(503);
  });
});

describe("isDatabaseUnavailable", () => {
  it("recognises refused and dropped connections, also wrapped, and nothing else", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable({ code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } })).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: { code: "57P01", message: "terminating connection" } }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    // A statement outside a transaction when the server goes away (a member's one-statement RSVP).
    expect(
      isDatabaseUnavailable({
        code: "P2010",
        message: "Raw query failed. Code: `N/A`. Message: `Server has closed the connection.`",
        meta: { driverAdapterError: { cause: { kind: "ConnectionClosed" } } },
      }),
    ).toBe(true);
    expect(isDatabaseUnavailable({ code: "P2010", meta: { driverAdapterError: { cause: { kind: "ConnectionClosed" } } } })).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isDatabaseUnavailable(new Error("Unique constraint failed"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
