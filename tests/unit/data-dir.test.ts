// Where the embedded data lives: node_modules/.cache in development and tests, the operating
// system's data folder in production, and never inside node_modules in production.
import { describe, expect, it } from "vitest";
import { DEVELOPMENT_DATA_DIR, defaultDataDir, productionDataDirProblem, systemDataDir } from "../../lib/db/data-dir.ts";
import { parseEnv } from "../../lib/env.ts";

const linux = { platform: "linux" as const, home: "/home/club", vars: {} };

describe("the embedded data folder", () => {
  it("stays under node_modules/.cache in development and tests", () => {
    expect(defaultDataDir("development", linux)).toBe(DEVELOPMENT_DATA_DIR);
    expect(defaultDataDir("test", linux)).toBe(DEVELOPMENT_DATA_DIR);
    expect(parseEnv({ NODE_ENV: "test" }).PAPERCLUB_DATA_DIR).toBe(DEVELOPMENT_DATA_DIR);
  });

  it("is the operating system's data folder in production", () => {
    expect(defaultDataDir("production", linux)).toBe("/home/club/.local/share/paper-club");
    expect(systemDataDir({ ...linux, vars: { XDG_DATA_HOME: "/srv/data" } })).toBe("/srv/data/paper-club");
    expect(systemDataDir({ ...linux, vars: { XDG_DATA_HOME: "relative/ignored" } })).toBe("/home/club/.local/share/paper-club");
    expect(systemDataDir({ platform: "darwin", home: "/Users/club", vars: {} })).toBe("/Users/club/Library/Application Support/paper-club");
    expect(systemDataDir({ platform: "win32", home: "C:\\Users\\club", vars: { LOCALAPPDATA: "C:\\Users\\club\\AppData\\Local" } })).toBe(
      "C:\\Users\\club\\AppData\\Local\\paper-club",
    );
    expect(parseEnv({ NODE_ENV: "production" }).PAPERCLUB_DATA_DIR).toBe(systemDataDir());
  });

  it("keeps PAPERCLUB_DATA_DIR when it is set", () => {
    expect(parseEnv({ NODE_ENV: "production", PAPERCLUB_DATA_DIR: "/var/lib/paper-club" }).PAPERCLUB_DATA_DIR).toBe("/var/lib/paper-club");
  });

  it("is refused in production inside any node_modules", () => {
    expect(productionDataDirProblem("node_modules/.cache/paperclub", "/srv/app")).toMatch(/^Refusing to start: .*inside node_modules/);
    expect(productionDataDirProblem("/srv/other/node_modules/x", "/srv/app")).toMatch(/inside node_modules/);
    expect(productionDataDirProblem("C:\\app\\node_modules\\data", "C:\\app")).toMatch(/inside node_modules/);
    expect(productionDataDirProblem("/var/lib/paper-club", "/srv/app")).toBeNull();
    expect(productionDataDirProblem("data/node_modules_backup", "/srv/app")).toBeNull();
  });
});
