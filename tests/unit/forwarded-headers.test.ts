// The front tells Next.js what it saw itself: a client's own forwarding headers are dropped, and
// only what TRUSTED_PROXIES load balancers appended is kept.
import { describe, expect, it } from "vitest";
import { forwardedHeaders, isForwardingHeader } from "../../lib/front/forwarded-headers.ts";

const forged = {
  host: "club.example",
  cookie: "a=1",
  "x-forwarded-for": "203.0.113.9, 198.51.100.7",
  "x-forwarded-proto": "https://evil.example/?",
  "x-forwarded-host": "evil.example",
  "x-forwarded-port": "1",
  forwarded: "host=evil.example",
  "x-original-host": "evil.example",
  "x-real-ip": "203.0.113.9",
};

describe("the headers the front passes on", () => {
  it("say what the front saw, with no proxy trusted", () => {
    expect(forwardedHeaders(forged, "192.0.2.1", 0)).toEqual({
      host: "club.example",
      cookie: "a=1",
      "x-forwarded-for": "192.0.2.1",
      "x-forwarded-proto": "http",
      "x-forwarded-host": "club.example",
    });
  });

  it("keep the entries and the scheme that trusted proxies appended, and nothing a client wrote before them", () => {
    const behindBalancer = { ...forged, "x-forwarded-proto": "javascript, https" };
    expect(forwardedHeaders(behindBalancer, "10.0.0.2", 1)).toMatchObject({
      "x-forwarded-for": "198.51.100.7, 10.0.0.2",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "club.example",
    });
    expect(forwardedHeaders({ ...forged, "x-forwarded-proto": "https, ftp" }, "10.0.0.2", 1)["x-forwarded-proto"]).toBe("http");
    expect(forwardedHeaders({ host: "club.example" }, "10.0.0.2", 2)["x-forwarded-for"]).toBe("10.0.0.2");
  });

  it("know the forwarding headers by name, in any case", () => {
    for (const name of ["Forwarded", "X-Forwarded-Prefix", "X-Original-URL", "X-Real-IP", "True-Client-IP", "X-Host"])
      expect(isForwardingHeader(name)).toBe(true);
    for (const name of ["host", "cookie", "accept", "rsc", "next-router-state-tree"]) expect(isForwardingHeader(name)).toBe(false);
  });
});
