// Where the embedded PostgreSQL keeps its data (PAPERCLUB_DATA_DIR when set).
// Development and tests: inside node_modules/ (git-ignored, and ignored by Turbopack's dev
// watcher; `npm ci` resets it to the demo data). Production: the operating system's folder for
// an application's data, outside the project, so a deploy (`npm ci`, a fresh checkout) keeps
// the club's data. See docs/decisions/018-data-that-lasts.md.
import os from "node:os";
import path from "node:path";

export const DEVELOPMENT_DATA_DIR = "node_modules/.cache/paperclub";

type Platform = { platform: NodeJS.Platform; home: string; vars: Record<string, string | undefined> };

const thisMachine = (): Platform => ({ platform: process.platform, home: os.homedir(), vars: process.env });

/** The operating system's data folder for Paper Club: XDG on Linux, Application Support on macOS, LOCALAPPDATA on Windows. */
export function systemDataDir({ platform, home, vars }: Platform = thisMachine()): string {
  if (platform === "win32") return path.win32.join(vars.LOCALAPPDATA || path.win32.join(home, "AppData", "Local"), "paper-club");
  if (platform === "darwin") return path.posix.join(home, "Library", "Application Support", "paper-club");
  const xdg = vars.XDG_DATA_HOME;
  // The XDG spec: a relative XDG_DATA_HOME is invalid and ignored.
  return path.posix.join(xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(home, ".local", "share"), "paper-club");
}

export function defaultDataDir(nodeEnv: string, platform: Platform = thisMachine()): string {
  return nodeEnv === "production" ? systemDataDir(platform) : DEVELOPMENT_DATA_DIR;
}

/** Why a production data folder is refused, or null: anything inside a node_modules folder is deleted by `npm ci`. */
export function productionDataDirProblem(dataDir: string, cwd = process.cwd()): string | null {
  const parts = path.resolve(cwd, dataDir).split(/[\\/]+/);
  if (!parts.includes("node_modules")) return null;
  return (
    `Refusing to start: PAPERCLUB_DATA_DIR (${dataDir}) is inside node_modules, which npm ci deletes with the club's data. ` +
    `Unset it to use ${systemDataDir()}, or set it to a folder outside the project.`
  );
}
