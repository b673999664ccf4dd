// Discovery of every entry point a client can reach: each route handler's exported HTTP methods
// under app/ ("METHOD /path", groups dropped, [x] as {x}) and each export of a "use server" file
// in app/, lib/ and components/ ("file#export"). The authorization matrix and the request fuzz
// compare their tables with this list, so a new route or action without a row fails them.
// Reads too: every GET handler and every page ("PAGE /path"), which the authorization matrix
// holds to a row or a reason why it is public (a private path may not be called public).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const APP = path.join(ROOT, "app");
const SERVER_ACTION_DIRS = ["app", "lib", "components"];
const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const HTTP_METHODS = new Set(["GET", "HEAD", "OPTIONS", ...MUTATING]);

function walk(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    if (name === "node_modules" || name === "generated" || name.startsWith(".")) return [];
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : /\.(ts|tsx|js|jsx|mjs)$/.test(name) ? [full] : [];
  });
}

/** The address of a route file's folder: groups dropped, [x] as {x}. */
function urlOf(appDir: string, dir: string): string {
  return (
    "/" +
    path
      .relative(appDir, dir)
      .split(path.sep)
      .filter((s) => s && !/^\(.*\)$/.test(s))
      .map((s) => s.replace(/^\[(.*)\]$/, "{$1}"))
      .join("/")
  );
}

/** The source with comments blanked out (strings and template literals kept). */
export function withoutComments(source: string): string {
  let out = "";
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === "/" && next === "/") {
      while (i < source.length && source[i] !== "\n") i++;
    } else if (c === "/" && next === "*") {
      const end = source.indexOf("*/", i + 2);
      const stop = end === -1 ? source.length : end + 2;
      out += source.slice(i, stop).replace(/[^\n]/g, " ");
      i = stop;
    } else if (c === '"' || c === "'" || c === "`") {
      let j = i + 1;
      while (j < source.length && source[j] !== c) j += source[j] === "\\" ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Whether a file starts (after comments) with a "use server" directive. */
export function hasUseServerDirective(code: string): boolean {
  const prologue = /^(?:\s*(["'])use [a-z ]+\1\s*;?)*/.exec(code)?.[0] ?? "";
  return /(["'])use server\1/.test(prologue);
}

/** Every name a module exports: functions, const/let/var, classes, export lists (with `as`), default, `export *`. */
export function exportedNames(code: string): string[] {
  const names: string[] = [];
  for (const m of code.matchAll(/\bexport\s+(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)/g)) names.push(m[1]);
  for (const m of code.matchAll(/\bexport\s+(?:const|let|var)\s+([A-Za-z_$][\w$]*)/g)) names.push(m[1]);
  for (const m of code.matchAll(/\bexport\s+(?:const|let|var)\s+[{[]([^}\]]*)[}\]]/g)) {
    for (const part of m[1].split(",")) {
      const name = part.split(":").pop()!.split("=")[0].replace("...", "").trim();
      if (name) names.push(name);
    }
  }
  for (const m of code.matchAll(/\bexport\s+(?:abstract\s+)?class\s+([A-Za-z_$][\w$]*)/g)) names.push(m[1]);
  for (const m of code.matchAll(/\bexport\s+(type\s+)?\{([^}]*)\}/g)) {
    if (m[1]) continue;
    for (const part of m[2].split(",")) {
      const spec = part.trim();
      if (!spec || spec.startsWith("type ")) continue;
      names.push(
        spec
          .split(/\s+as\s+/)
          .pop()!
          .trim(),
      );
    }
  }
  if (/\bexport\s+default\b/.test(code)) names.push("default");
  for (const m of code.matchAll(/\bexport\s+\*\s*(?:as\s+([A-Za-z_$][\w$]*)\s*)?from\s*["']([^"']+)["']/g)) names.push(m[1] ?? `* from ${m[2]}`);
  return names;
}

/**
 * Every route handler method ("GET /api/v1/me") and server action ("app/me/actions.ts#x").
 * `methods: "mutating"` keeps only the routes that can change data (and every action).
 */
export function discoverEndpoints(methods: "mutating" | "all" = "mutating"): string[] {
  const wanted = methods === "all" ? HTTP_METHODS : MUTATING;
  const found = new Set<string>();
  const files = new Set(SERVER_ACTION_DIRS.flatMap((d) => walk(path.join(ROOT, d))));
  for (const file of files) {
    const code = withoutComments(readFileSync(file, "utf8"));
    const rel = path.relative(ROOT, file).split(path.sep).join("/");
    if (/^app\/.*\/route\.(ts|tsx|js|mjs)$/.test(rel)) {
      const url = urlOf(APP, path.dirname(file));
      for (const name of exportedNames(code)) if (wanted.has(name)) found.add(`${name} ${url}`);
    }
    if (hasUseServerDirective(code)) {
      for (const name of exportedNames(code)) found.add(`${rel}#${name}`);
    } else if (/^\s*(["'])use server\1\s*;?\s*$/m.test(code)) {
      // A server function declared inline ("use server" inside a function body) is reachable
      // from the client like any action: list it (the row's id names the file).
      found.add(`${rel}#(inline "use server")`);
    }
  }
  return [...found].sort();
}

/**
 * Every read a client can make: each GET route handler ("GET /calendar/u/{file}") and each page
 * ("PAGE /organize/sessions/{id}"), under `appDir` (the app's own by default).
 */
export function discoverReads(appDir = APP): string[] {
  const found = new Set<string>();
  for (const file of walk(appDir)) {
    const name = path.basename(file);
    if (/^page\.(tsx|ts|jsx|js|mdx)$/.test(name)) found.add(`PAGE ${urlOf(appDir, path.dirname(file))}`);
    if (/^route\.(ts|tsx|js|mjs)$/.test(name) && exportedNames(withoutComments(readFileSync(file, "utf8"))).includes("GET")) {
      found.add(`GET ${urlOf(appDir, path.dirname(file))}`);
    }
  }
  return [...found].sort();
}

/** Where only someone signed in, an organizer, an admin or a link's (token's) holder may read. */
export function isPrivatePath(read: string): boolean {
  const url = read.replace(/^\S+ /, "");
  return (
    /^\/(organize|admin|me|api\/v1\/me|api\/v1\/users|calendar\/u|invite|unsubscribe|api\/v1\/unsubscribe)(\/|$)/.test(url) || /\.csv$/.test(url)
  );
}
