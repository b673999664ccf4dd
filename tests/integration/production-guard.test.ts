// Starting production with unsafe settings is refused, with a clear message, before anything starts.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function startProduction(env: Record<string, string>) {
  return spawnSync("npx", ["tsx", "scripts/run-app.ts", "start"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("production guard", () => {
  it("refuses NODE_ENV=production with AUTH_DEV_LOGIN=1 before starting anything", () => {
    const result = startProduction({ AUTH_DEV_LOGIN: "1", DATABASE_URL: "", PAPERCLUB_DATA_DIR: "/nonexistent-should-not-be-created" });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Refusing to start: AUTH_DEV_LOGIN=1/);
  });

  it("refuses an embedded data folder inside node_modules, which npm ci deletes", () => {
    const result = startProduction({ AUTH_DEV_LOGIN: "", DATABASE_URL: "", PAPERCLUB_DATA_DIR: "node_modules/.cache/paperclub" });
    expect(result.status).toBe(1);
    // One line that says why and what to do.
    expect(result.stderr).toMatch(
      /^Refusing to start: PAPERCLUB_DATA_DIR \(node_modules\/\.cache\/paperclub\) is inside node_modules, .* outside the project\.$/m,
    );
  });

  it("refuses production on an external database without AUTH_SECRET", () => {
    const result = startProduction({ AUTH_DEV_LOGIN: "", AUTH_SECRET: "", DATABASE_URL: "postgresql://x:y@127.0.0.1:9/none" });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/AUTH_SECRET is not set/);
  });
});
