// Starting production with the development sign-in on is refused, with a clear message.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

describe("production guard", () => {
  it("refuses NODE_ENV=production with AUTH_DEV_LOGIN=1 before starting anything", () => {
    const result = spawnSync("npx", ["tsx", "scripts/run-app.ts", "start"], {
      cwd: root,
      env: { ...process.env, NODE_ENV: "production", AUTH_DEV_LOGIN: "1", DATABASE_URL: "", PAPERCLUB_DATA_DIR: "/nonexistent-should-not-be-created" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Refusing to start: AUTH_DEV_LOGIN=1/);
  });

  it("refuses production on an external database without AUTH_SECRET", () => {
    const result = spawnSync("npx", ["tsx", "scripts/run-app.ts", "start"], {
      cwd: root,
      env: { ...process.env, NODE_ENV: "production", AUTH_DEV_LOGIN: "", AUTH_SECRET: "", DATABASE_URL: "postgresql://x:y@127.0.0.1:9/none" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/AUTH_SECRET is not set/);
  });
});
