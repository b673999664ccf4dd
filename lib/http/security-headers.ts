// The security headers of every response. Pure, so it is unit-tested; proxy.ts applies it.

export function contentSecurityPolicy(nonce: string, options: { isDev: boolean; formActionOrigins?: string[]; upgradeInsecure?: boolean }) {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // Only scripts carrying this response's nonce (Next.js adds it to its own) and what they load.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(options.isDev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(options.isDev ? ["ws:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    // Sign-in with GitHub/Discord/Google posts a form that redirects to the provider.
    "form-action": ["'self'", ...(options.formActionOrigins ?? [])],
    "frame-ancestors": ["'none'"],
  };
  const policy = Object.entries(directives).map(([k, v]) => `${k} ${v.join(" ")}`);
  if (options.upgradeInsecure) policy.push("upgrade-insecure-requests");
  return policy.join("; ");
}

export function securityHeaders(options: { isProduction: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(options.isProduction ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
