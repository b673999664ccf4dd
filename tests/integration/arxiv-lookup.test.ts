// The arXiv lookup against a local fake server serving recorded arXiv Atom answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lookupArxiv, parseArxivAtom } from "../../lib/papers/arxiv-lookup.ts";
import { MALFORMED_ID, SLOW_ID, startFakeArxiv } from "../support/fake-arxiv-server.ts";
import { systemNow } from "../../lib/time/clock.ts";

describe("arXiv lookup", () => {
  let arxiv: Awaited<ReturnType<typeof startFakeArxiv>>;
  beforeAll(async () => {
    arxiv = await startFakeArxiv();
  });
  afterAll(async () => {
    await arxiv.close();
  });
  const options = () => ({ baseUrl: arxiv.url, timeoutMs: 3000 });

  it("reads title, authors, year and abstract from arXiv's Atom answer", async () => {
    const result = await lookupArxiv("1706.03762", options());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.metadata.title).toBe("Attention Is All You Need");
    expect(result.metadata.authors).toHaveLength(8);
    expect(result.metadata.authors[0]).toBe("Ashish Vaswani");
    expect(result.metadata.year).toBe(2017);
    expect(result.metadata.abstract).toMatch(/^The dominant sequence transduction models .* less time to train\.$/);
    expect(arxiv.requests).toContain("1706.03762");
  });

  it("gives up after the timeout", async () => {
    const started = systemNow().getTime();
    expect(await lookupArxiv(SLOW_ID, { ...options(), timeoutMs: 500 })).toEqual({ ok: false, reason: "timeout" });
    // The fake answers after 10 s: well before that, the lookup has given up.
    expect(systemNow().getTime() - started).toBeLessThan(5000);
  });

  it("reports a malformed answer and an unknown id", async () => {
    expect(await lookupArxiv(MALFORMED_ID, options())).toEqual({ ok: false, reason: "malformed" });
    expect(await lookupArxiv("2999.99999", options())).toEqual({ ok: false, reason: "not_found" });
  });

  it("reports an unreachable server", async () => {
    expect(await lookupArxiv("1706.03762", { baseUrl: "http://127.0.0.1:9/api/query", timeoutMs: 500 })).toEqual({
      ok: false,
      reason: "unavailable",
    });
  });

  it("reads arXiv's error entry as not found, and non-Atom as malformed", () => {
    expect(
      parseArxivAtom('<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Error</title><summary>incorrect id format</summary></entry></feed>'),
    ).toBeNull();
    expect(parseArxivAtom("<html><body>Rate exceeded</body></html>")).toBe("malformed");
  });
});
