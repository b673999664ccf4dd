// Warms the development server for its one smoke test: each route compiles on its first
// request, which on a busy 2-core machine can take longer than a test should wait. Runs after
// the web server is up.
import { e2eBaseUrl } from "./support/e2e-env.ts";
import { systemNow } from "../../lib/time/clock.ts";

const ROUTES = ["/", "/signin", "/signin/check-email", "/me", "/dev/outbox", "/api/auth/csrf", "/api/auth/providers", "/api/auth/session"];

export default async function globalSetup() {
  const started = systemNow().getTime();
  for (const route of ROUTES) {
    await fetch(e2eBaseUrl + route, { redirect: "manual" }).catch(() => {});
  }
  console.log(`warmed the dev server in ${Math.round((systemNow().getTime() - started) / 1000)}s`);
}
