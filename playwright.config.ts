// End-to-end tests in a real Chromium, in two runs, each against one server on its own fresh
// embedded PostgreSQL (seeded on start): E2E_TARGET=dev, the development server (dev sign-in
// and outbox on) for the journeys that sign in; E2E_TARGET=prod, the production build for the
// rest and for what must hold in production. Never both at once: the dev server's file watcher
// would see the production server's writes and reload. `npm test` runs both, one after the other.
import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const target = process.env.E2E_TARGET === "dev" ? "dev" : "prod";
const port = Number(process.env.E2E_PORT ?? 3100);
const arxivPort = Number(process.env.E2E_ARXIV_PORT ?? 3109);
const dataDir = process.env.E2E_DATA_DIR ?? "node_modules/.cache/paperclub-e2e";
const chromium = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const distDir = process.env.NEXT_DIST_DIR ?? ".next-test";

const serverEnv = (port: number, folder: string) => ({
  PORT: String(port),
  PAPERCLUB_DATA_DIR: path.join(dataDir, folder),
  NEXT_DIST_DIR: distDir,
  DATABASE_URL: "",
  APP_URL: `http://127.0.0.1:${port}`,
});

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
  // The dev server compiles a route on its first request; global-setup warms the main ones.
  expect: { timeout: 20_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  // Journeys that need the development sign-in run on the dev server; the rest on the
  // production build (faster, and what people get). Desktop and phone sizes for both.
  projects:
    target === "dev"
      ? [
          { name: "dev-desktop", testMatch: /(auth|suggestions|speakers)\.spec\.ts/, use: { ...devices["Desktop Chrome"], channel: undefined } },
          { name: "dev-phone", testMatch: /(auth|suggestions|speakers)\.spec\.ts/, use: { ...devices["Pixel 7"], channel: undefined } },
        ]
      : [
          { name: "desktop", testMatch: /(schedule|production)\.spec\.ts/, use: { ...devices["Desktop Chrome"], channel: undefined } },
          { name: "phone", testMatch: /schedule\.spec\.ts/, use: { ...devices["Pixel 7"], channel: undefined } },
        ],
  webServer:
    target === "dev"
      ? [
          {
            // arXiv's API, played by a local server with recorded answers.
            command: `npx tsx tests/support/fake-arxiv-server.ts ${arxivPort}`,
            url: `http://127.0.0.1:${arxivPort}/api/query?id_list=1706.03762`,
            timeout: 30_000,
            reuseExistingServer: false,
          },
          {
            command: "npx tsx scripts/run-app.ts dev",
            url: `http://127.0.0.1:${port}/api/health`,
            timeout: 180_000,
            reuseExistingServer: false,
            stdout: "pipe",
            env: { ...serverEnv(port, "dev"), AUTH_DEV_LOGIN: "1", ARXIV_API_URL: `http://127.0.0.1:${arxivPort}/api/query` },
          },
        ]
      : {
          command: "npx tsx scripts/run-app.ts start",
          url: `http://127.0.0.1:${port}/api/health`,
          timeout: 180_000,
          reuseExistingServer: false,
          stdout: "pipe",
          env: { ...serverEnv(port, "prod"), AUTH_DEV_LOGIN: "" },
        },
  globalSetup: target === "dev" ? "./tests/e2e/global-setup.ts" : undefined,
});
