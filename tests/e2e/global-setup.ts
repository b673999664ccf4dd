// Warms the development server: each route compiles on its first request, which on a 2-core
// machine can take longer than a test should wait. Runs after the web servers are up.
const ROUTES = ["/", "/schedule?series=test-of-time", "/signin", "/signin/check-email", "/me", "/organize", "/admin/people", "/dev/outbox",
  "/api/auth/csrf", "/api/auth/providers", "/api/v1/me", "/papers", "/papers/suggest", "/speak", "/api/v1/papers/lookup?input=1706.03762"];

export default async function globalSetup() {
  const base = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
  const started = Date.now();
  for (const route of ROUTES) {
    await fetch(base + route, { redirect: "manual" }).catch(() => {});
  }
  console.log(`warmed the dev server in ${Math.round((Date.now() - started) / 1000)}s`);
}
