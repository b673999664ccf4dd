// End-to-end tests in a real Chromium, each run against one server on its own fresh embedded
// PostgreSQL (seeded on start).
// - E2E_TARGET=prod (the default): every journey, against the production build (`next start`),
//   at desktop and phone sizes. People sign in through a fixture (tests/e2e/sign-in.ts) that
//   opens a real server-side session and signs the cookie with the server's AUTH_SECRET, set
//   here; the real NextAuth flows (email link, session endpoint, sign-out) are tested too.
// - E2E_TARGET=dev: one smoke test against `next dev`, of what only development has: the
//   development sign-in and the /dev/outbox. (Pages compile on first request there; a whole
//   suite on a busy 2-core machine timed out.)
// Never both at once: the dev server's file watcher would see the production server's writes
// and reload. `npm test` runs both, one after the other (scripts/test.ts).
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { OFFSET_VARIABLE, pinClockOffset, TEST_RUN_FLAG } from "./lib/time/clock.ts";
import { e2eAuthSecret, e2eBaseUrl, e2ePort, e2eTarget, serverDataDir } from "./tests/e2e/support/e2e-env.ts";

const arxivPort = Number(process.env.E2E_ARXIV_PORT ?? 3109);
const chromium =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const distDir = process.env.NEXT_DIST_DIR ?? ".next-test";

// The test clock (lib/time/clock.ts): TEST_TODAY moves the tests' clock and the server's alike,
// by one offset pinned here (or by scripts/test.ts, for the whole run).
process.env[TEST_RUN_FLAG] = "1";
pinClockOffset();

const serverEnv = {
  [TEST_RUN_FLAG]: "1",
  TEST_TODAY: process.env.TEST_TODAY ?? "",
  [OFFSET_VARIABLE]: process.env[OFFSET_VARIABLE] ?? "",
  PORT: String(e2ePort),
  PAPERCLUB_DATA_DIR: serverDataDir(),
  NEXT_DIST_DIR: distDir,
  DATABASE_URL: "",
  APP_URL: e2eBaseUrl,
  AUTH_SECRET: e2eAuthSecret,
};

const desktop = { ...devices["Desktop Chrome"], channel: undefined };
const phone = { ...devices["Pixel 7"], channel: undefined };

export default defineConfig({
  testDir: "tests/e2e",
  // Outside the dev server's file watcher (which ignores node_modules), or traces written
  // during a run would make it reload the pages under test.
  outputDir: "node_modules/.cache/paperclub-test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"], ["json", { outputFile: process.env.E2E_REPORT ?? "test-results/e2e-report.json" }]],
  timeout: 60_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL: e2eBaseUrl,
    trace: "retain-on-failure",
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects:
    e2eTarget === "dev"
      ? [
          {
            name: "dev-smoke",
            testMatch: /dev-smoke\.spec\.ts/,
            // Each page compiles on its first request; global-setup warms them, but a busy
            // machine can still take a minute.
            timeout: 240_000,
            expect: { timeout: 60_000 },
            use: { ...desktop, navigationTimeout: 120_000 },
          },
        ]
      : [
          // Every spec in tests/e2e, found by pattern (a new spec runs without being listed), but
          // the development server's smoke test.
          { name: "desktop", testMatch: /\.spec\.ts$/, testIgnore: /dev-smoke\.spec\.ts$/, use: desktop },
          // Layout-dependent journeys again at a phone's size: tests tagged @phone (the public
          // pages, sign-in and profile, the board and the suggest form). Desk work (the
          // organizer's journeys) runs at desktop size only, to keep the suite under 10 minutes.
          { name: "phone", testMatch: /\.spec\.ts$/, testIgnore: /dev-smoke\.spec\.ts$/, grep: /@phone/, use: phone },
        ],
  webServer:
    e2eTarget === "dev"
      ? {
          command: "npx tsx scripts/run-app.ts dev",
          url: `${e2eBaseUrl}/api/health`,
          timeout: 180_000,
          reuseExistingServer: false,
          stdout: "pipe",
          env: { ...serverEnv, AUTH_DEV_LOGIN: "1" },
        }
      : [
          {
            // arXiv's API, played by a local server with recorded answers.
            command: `npx tsx tests/support/fake-arxiv-server.ts ${arxivPort}`,
            url: `http://127.0.0.1:${arxivPort}/api/query?id_list=1706.03762`,
            timeout: 30_000,
            reuseExistingServer: false,
          },
          {
            command: "npx tsx scripts/run-app.ts start",
            url: `${e2eBaseUrl}/api/health`,
            timeout: 180_000,
            reuseExistingServer: false,
            stdout: "pipe",
            env: { ...serverEnv, AUTH_DEV_LOGIN: "", ARXIV_API_URL: `http://127.0.0.1:${arxivPort}/api/query` },
          },
        ],
  globalSetup: e2eTarget === "dev" ? "./tests/e2e/global-setup.ts" : undefined,
});
