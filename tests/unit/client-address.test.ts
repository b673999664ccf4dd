// The client's address for the sign-in limits: behind trusted proxies, the entry the nearest
// untrusted hop cannot forge; an address a client puts in X-Forwarded-For itself is ignored.
import { describe, expect, it } from "vitest";
import { clientAddress } from "../../lib/auth/auth-request.ts";
import { forwardedHops, parseEnv } from "../../lib/env.ts";

const headers = (xff?: string, realIp?: string) =>
  new Headers({ ...(xff === undefined ? {} : { "x-forwarded-for": xff }), ...(realIp ? { "x-real-ip": realIp } : {}) });

describe("clientAddress", () => {
  it("behind npm start's front, takes the address the front saw, whatever the client claims", () => {
    expect(clientAddress(headers("198.51.100.9"), 1)).toBe("198.51.100.9");
    expect(clientAddress(headers("203.0.113.1, 198.51.100.9"), 1)).toBe("198.51.100.9");
    expect(clientAddress(headers("1.1.1.1, 2.2.2.2, 198.51.100.9"), 1)).toBe("198.51.100.9");
  });

  it("behind a load balancer and the front, takes the address the load balancer saw", () => {
    expect(clientAddress(headers("203.0.113.1, 198.51.100.9, 10.0.0.5"), 2)).toBe("198.51.100.9");
  });

  it("with no proxy of ours, takes the first entry (Next.js sets the header only when it is missing)", () => {
    expect(clientAddress(headers("198.51.100.9, 10.0.0.1"), 0)).toBe("198.51.100.9");
  });

  it("says unknown for what is not an address, and falls back to x-real-ip", () => {
    expect(clientAddress(headers("not-an-ip"), 1)).toBe("unknown");
    expect(clientAddress(headers(undefined, "2001:DB8::1"), 0)).toBe("2001:db8::1");
    expect(clientAddress(headers(), 1)).toBe("unknown");
  });

  it("counts the front among the trusted proxies only when the launcher says it runs behind it", () => {
    expect(forwardedHops(parseEnv({ NODE_ENV: "test" }))).toBe(0);
    expect(forwardedHops(parseEnv({ NODE_ENV: "test", PAPERCLUB_BEHIND_FRONT: "1" }))).toBe(1);
    expect(forwardedHops(parseEnv({ NODE_ENV: "test", PAPERCLUB_BEHIND_FRONT: "1", TRUSTED_PROXIES: "1" }))).toBe(2);
    expect(() => parseEnv({ NODE_ENV: "test", TRUSTED_PROXIES: "-1" })).toThrow(/TRUSTED_PROXIES/);
  });
});
