import path from "node:path";
import { defineConfig } from "vitest/config";
import { pinClockOffset, TEST_RUN_FLAG } from "./lib/time/clock.ts";
import { SlowestFirstSequencer } from "./tests/support/slowest-first.ts";

// The test clock (lib/time/clock.ts): TEST_TODAY=2027-03-14 runs every test as if that were
// today. Pinned here once, for every worker this run starts.
process.env[TEST_RUN_FLAG] = "1";
pinClockOffset();

const root = import.meta.dirname;
const shared = {
  resolve: {
    alias: {
      "@": root,
      // Domain modules import "server-only"; tests run them on the server side, as Next does.
      "server-only": path.join(root, "tests/support/server-only-stub.ts"),
    },
  },
};

export default defineConfig({
  test: {
    // Two files at a time even on a 2-core machine (Vitest's default would be one): integration
    // tests mostly wait on PostgreSQL, a separate process. The test server allows 400 connections.
    maxWorkers: 2,
    // Worker threads, not child processes: every file imports the app afresh, and in threads
    // that costs less (measured on the whole suite, 2 cores: 601 CPU-seconds against 690, 333 s
    // against 373). Each thread has its own process.env, which the database helper sets per test.
    pool: "threads",
    sequence: { sequencer: SlowestFirstSequencer },
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          setupFiles: ["tests/support/fail-on-console-error.ts"],
          environment: "node",
        },
      },
      {
        ...shared,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/postgres-global-setup.ts"],
          setupFiles: ["tests/support/integration-env.ts", "tests/support/fail-on-console-error.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
