// The origin a browser sent a request to comes from its Host header: behind the front of
// `npm start`, Next.js's own request URL names a private port.
import { describe, expect, it } from "vitest";
import { assertSameOrigin, requestOrigin } from "../../lib/http/cross-site.ts";

const request = (headers: Record<string, string>) => new Request("http://127.0.0.1:41234/api/v1/x", { method: "POST", headers });

describe("requestOrigin", () => {
  it("is the Host the browser used, with the scheme a TLS proxy forwarded", () => {
    expect(requestOrigin(request({ host: "localhost:3000" }))).toBe("http://localhost:3000");
    expect(requestOrigin(request({ host: "paperclub.example", "x-forwarded-proto": "https" }))).toBe("https://paperclub.example");
    expect(requestOrigin(request({}))).toBe("http://127.0.0.1:41234");
    expect(requestOrigin(request({ host: "evil.example/path?x" }))).toBe("http://127.0.0.1:41234");
    expect(requestOrigin(request({ host: "a.example", "x-forwarded-proto": "javascript" }))).toBe("http://127.0.0.1:41234");
  });

  it("accepts a write whose Origin is the site the browser is on, and refuses another", () => {
    expect(() => assertSameOrigin(request({ host: "localhost:3000", origin: "http://localhost:3000" }), undefined)).not.toThrow();
    expect(() => assertSameOrigin(request({ host: "localhost:3000", origin: "http://evil.example" }), undefined)).toThrow(/did not come from/);
  });
});
