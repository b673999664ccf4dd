// The site's origin comes from one function: APP_URL, else the request's Host and
// X-Forwarded-Proto when both are well-formed, else http://localhost:PORT. Whatever a client
// writes into those headers, the answer is an http(s) origin and nothing more.
import { describe, expect, it } from "vitest";
import { assertSameOrigin } from "../../lib/http/cross-site.ts";
import { siteOrigin } from "../../lib/http/site-origin.ts";

const NO_APP_URL = { port: 3000 };
const origin = (headers: Record<string, string>, config: { appUrl?: string; port: number } = NO_APP_URL) => siteOrigin(new Headers(headers), config);

describe("siteOrigin", () => {
  it("is APP_URL when configured, whatever the request says", () => {
    const config = { appUrl: "https://club.example/", port: 3000 };
    expect(origin({ host: "evil.example", "x-forwarded-proto": "http" }, config)).toBe("https://club.example");
    expect(siteOrigin(null, config)).toBe("https://club.example");
  });

  it("is the Host the browser used, with the scheme the front or a TLS proxy forwarded", () => {
    expect(origin({ host: "localhost:3000" })).toBe("http://localhost:3000");
    expect(origin({ host: "Club.Example", "x-forwarded-proto": "HTTPS" })).toBe("https://club.example");
    expect(origin({ host: "club.example:443", "x-forwarded-proto": "https" })).toBe("https://club.example");
    expect(origin({ host: "127.0.0.1:8080" })).toBe("http://127.0.0.1:8080");
    expect(origin({ host: "[::1]:3000" })).toBe("http://[::1]:3000");
    expect(origin({ host: "club.example", "x-forwarded-proto": "https, http" })).toBe("https://club.example");
  });

  it("is this machine's port without a request or a Host", () => {
    expect(siteOrigin(undefined, { port: 4100 })).toBe("http://localhost:4100");
    expect(origin({})).toBe("http://localhost:3000");
  });

  it("never takes a hostile Host or X-Forwarded-Proto into the origin", () => {
    const hostileProtos = ["https://evil.example/?", "javascript", "webcal", "https:", "http://", "ftp", "https ftp", " "];
    for (const proto of hostileProtos) expect(origin({ host: "club.example", "x-forwarded-proto": proto })).toBe("http://localhost:3000");
    const hostileHosts = [
      "evil.example/path?x",
      "evil.example?",
      "evil.example#",
      "user@evil.example",
      "club.example:99999",
      "club.example:0",
      "club.example:",
      "club.example:80:80",
      "evil.example\\@club.example",
      "club.example evil.example",
      "club.example,evil.example",
      "-evil.example",
      "evil..example",
      "evil.example.",
      "<script>",
      "[::1",
      "[not-ipv6]",
      "999.999.999.999",
      "é.example",
      `${"a".repeat(64)}.example`,
      "",
    ];
    for (const host of hostileHosts) expect(origin({ host, "x-forwarded-proto": "https" })).toBe("http://localhost:3000");
  });

  it("reads no other forwarding header", () => {
    const forged = { "x-forwarded-host": "evil.example", forwarded: "host=evil.example;proto=https", "x-original-host": "evil.example" };
    expect(origin({ host: "club.example", ...forged })).toBe("http://club.example");
  });
});

describe("assertSameOrigin", () => {
  const request = (headers: Record<string, string>) => new Request("http://127.0.0.1:41234/api/v1/x", { method: "POST", headers });

  it("accepts a write whose Origin is the site's origin, and refuses another", () => {
    expect(() => assertSameOrigin(request({ host: "localhost:3000", origin: "http://localhost:3000" }))).not.toThrow();
    expect(() => assertSameOrigin(request({ host: "localhost:3000", origin: "http://evil.example" }))).toThrow(/did not come from/);
    // Behind the front, the request URL names Next's private port: that is not the site.
    expect(() => assertSameOrigin(request({ host: "localhost:3000", origin: "http://127.0.0.1:41234" }))).toThrow(/did not come from/);
  });
});
