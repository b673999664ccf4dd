// `npm test`: typecheck, lint, unit + integration (Vitest, real PostgreSQL), then a production
// build and the Playwright e2e suite in Chromium: every journey against the production build,
// then one smoke test against the development server (see playwright.config.ts). Runs every
// step even after a failure, prints what passed, and ends with one line "N passed, N failed"
// totalled over every runner.
// `npm test -- e2e` runs only the build and the e2e suite.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "../lib/db/embedded-postgres.ts";
import { appNow, pinClockOffset, systemNow, TEST_RUN_FLAG } from "../lib/time/clock.ts";

type Result = { step: string; passed: number; failed: number; note?: string };
const results: Result[] = [];
/** Each failed test's name and the start of its message, printed again just above the summary
 *  so that the tail of a long CI log says what failed. */
const failures: string[] = [];

function firstLines(message: string, lines = 6) {
  return message.split("\n").slice(0, lines).join("\n      ");
}
const only = process.argv[2];
const reportsDir = mkdtempSync(path.join(os.tmpdir(), "paperclub-reports-"));

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const started = systemNow().getTime();
  const r = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return { ok: r.status === 0, seconds: Math.round((systemNow().getTime() - started) / 1000) };
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

/** Runs the checks side by side (each mostly one core), printing each one's output when it ends. */
async function checks(list: { step: string; command: string; args: string[] }[]) {
  const finished = await Promise.all(
    list.map(
      ({ step, command, args }) =>
        new Promise<Result & { output: string }>((resolve) => {
          const started = systemNow().getTime();
          const child = spawn(command, args, { env: process.env });
          let output = "";
          child.stdout.on("data", (d) => (output += d));
          child.stderr.on("data", (d) => (output += d));
          child.on("close", (code) => {
            const ok = code === 0;
            const seconds = Math.round((systemNow().getTime() - started) / 1000);
            resolve({ step, passed: ok ? 1 : 0, failed: ok ? 0 : 1, note: `${seconds}s`, output });
          });
        }),
    ),
  );
  for (const { output, ...result } of finished) {
    console.log(`\n▶ ${result.step}${output.trim() ? `\n${output.trimEnd()}` : ""}`);
    results.push(result);
  }
}

function vitest() {
  console.log("\n▶ unit + integration tests (Vitest, real PostgreSQL)");
  const report = path.join(reportsDir, "vitest.json");
  const r = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`]);
  const json = readJson<{
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: { name: string; message?: string; assertionResults: { fullName: string; status: string; failureMessages?: string[] }[] }[];
  }>(report);
  if (!json) {
    results.push({ step: "vitest", passed: 0, failed: 1, note: "runner failed before reporting" });
    return;
  }
  for (const file of json.testResults) {
    const where = path.relative(process.cwd(), file.name);
    if (file.message && !file.assertionResults.some((a) => a.status === "failed")) failures.push(`vitest ${where}: ${firstLines(file.message)}`);
    for (const a of file.assertionResults)
      if (a.status === "failed") failures.push(`vitest ${where} › ${a.fullName}\n      ${firstLines((a.failureMessages ?? []).join("\n"))}`);
  }
  const skipped = json.numPendingTests + json.numTodoTests;
  // A run that fails outside any test (e.g. global setup) still counts as a failure.
  const failed = json.numFailedTests + (r.ok || json.numFailedTests > 0 ? 0 : 1) + skipped;
  results.push({ step: "vitest", passed: json.numPassedTests, failed, note: `${r.seconds}s${skipped ? `, ${skipped} skipped (not allowed)` : ""}` });
}

type PlaywrightSuite = {
  title: string;
  suites?: PlaywrightSuite[];
  specs?: { title: string; tests: { projectName: string; status: string; results: { error?: { message?: string } }[] }[] }[];
};

function collectPlaywrightFailures(suite: PlaywrightSuite, target: string) {
  for (const spec of suite.specs ?? [])
    for (const t of spec.tests)
      if (t.status !== "expected") {
        const message = t.results.map((r) => r.error?.message ?? "").find(Boolean) ?? t.status;
        failures.push(`e2e-${target} [${t.projectName}] ${suite.title} › ${spec.title}\n      ${firstLines(message)}`);
      }
  for (const child of suite.suites ?? []) collectPlaywrightFailures(child, target);
}

async function e2e() {
  console.log("\n▶ production build (NEXT_DIST_DIR=.next-test), served to the e2e production checks");
  // Next's own typecheck in the build repeats the suite's `tsc --noEmit`, when that ran and passed.
  const typechecked = results.some((r) => r.step === "typecheck" && r.failed === 0);
  const build = run("npx", ["next", "build"], {
    NEXT_DIST_DIR: ".next-test",
    NODE_ENV: "production",
    ...(typechecked ? { PAPERCLUB_TYPECHECKED: "1" } : {}),
  });
  console.log(`  (build: ${build.seconds}s)`);
  if (!build.ok) {
    results.push({ step: "e2e", passed: 0, failed: 1, note: "build failed" });
    return;
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "paperclub-e2e-"));
  // Two runs, one server each (see playwright.config.ts): production build, then the dev
  // server's smoke test. A fresh secret for the servers' cookies, known to the sign-in fixture.
  const authSecret = randomBytes(32).toString("base64url");
  for (const target of ["prod", "dev"] as const) {
    console.log(`\n▶ e2e tests (Playwright, Chromium) against the ${target === "prod" ? "production build" : "development server (smoke test)"}`);
    const report = path.join(reportsDir, `playwright-${target}.json`);
    const port = await findFreePort();
    let arxivPort = await findFreePort();
    while (arxivPort === port) arxivPort = await findFreePort();
    const r = run("npx", ["playwright", "test"], {
      E2E_TARGET: target,
      E2E_PORT: String(port),
      E2E_ARXIV_PORT: String(arxivPort),
      E2E_DATA_DIR: dataDir,
      E2E_AUTH_SECRET: authSecret,
      E2E_REPORT: report,
      NEXT_DIST_DIR: ".next-test",
    });
    const json = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number }; suites?: PlaywrightSuite[] }>(report);
    if (!json) {
      results.push({ step: `e2e-${target}`, passed: 0, failed: 1, note: "runner failed before reporting" });
      continue;
    }
    for (const suite of json.suites ?? []) collectPlaywrightFailures(suite, target);
    const { expected, unexpected, flaky, skipped } = json.stats;
    const failed = unexpected + flaky + skipped + (r.ok || unexpected > 0 ? 0 : 1);
    results.push({ step: `e2e-${target}`, passed: expected, failed, note: `${r.seconds}s` });
  }
  rmSync(dataDir, { recursive: true, force: true });
}

async function main() {
  // One clock for the whole run (lib/time/clock.ts): TEST_TODAY moves every test and every server
  // under test by the same offset, pinned here once.
  process.env[TEST_RUN_FLAG] = "1";
  pinClockOffset();
  if (process.env.TEST_TODAY) console.log(`Running the suite as if today were ${appNow().toISOString()} (TEST_TODAY=${process.env.TEST_TODAY}).`);
  if (!existsSync("lib/db/generated/client.ts")) run("npx", ["tsx", "scripts/prisma-generate.ts"]);
  mkdirSync("test-results", { recursive: true });
  if (only !== "e2e") {
    await checks([
      { step: "typecheck", command: "npx", args: ["tsc", "--noEmit"] },
      { step: "lint", command: "npx", args: ["eslint", "--max-warnings=0", "."] },
      { step: "format", command: "npx", args: ["prettier", "--check", "--log-level=warn", "."] },
    ]);
    vitest();
  }
  await e2e();
  rmSync(reportsDir, { recursive: true, force: true });

  if (failures.length) {
    console.log("\nFailures");
    for (const f of failures) console.log(`  ✗ ${f}`);
  }
  console.log("\nSummary");
  for (const r of results)
    console.log(`  ${r.failed ? "✗" : "✓"} ${r.step.padEnd(10)} ${r.passed} passed, ${r.failed} failed${r.note ? `  (${r.note})` : ""}`);
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
