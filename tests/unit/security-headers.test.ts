import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "../../lib/http/security-headers.ts";

describe("security headers", () => {
  it("allows scripts only with the nonce in production, and no framing", () => {
    const csp = contentSecurityPolicy("abc123", { isDev: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:\/\//);
  });

  it("lets sign-in forms reach the enabled OAuth providers only", () => {
    expect(contentSecurityPolicy("n", { isDev: false, formActionOrigins: ["https://github.com"] })).toContain(
      "form-action 'self' https://github.com",
    );
  });

  it("adds HSTS in production only", () => {
    expect(securityHeaders({ isProduction: true })["Strict-Transport-Security"]).toMatch(/max-age=/);
    expect(securityHeaders({ isProduction: false })["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders({ isProduction: false })["X-Content-Type-Options"]).toBe("nosniff");
  });
});
