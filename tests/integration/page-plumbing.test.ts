// The plumbing every page shares: requireActor()/requirePermission() instead of a copied
// preamble, one reader of search params, the personal layer written by the layout, and no demo data in
// the app's code.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { requireActor, requirePermission, signInPath } from "../../lib/auth/require-actor.ts";
import { PERSONAL_PLACEHOLDER, personalScript } from "../../lib/personal/personal-script.ts";
import { firstValues, parseSearchParams, readIgnoringBadFilters } from "../../lib/http/search-params.ts";
import { AppError } from "../../lib/errors.ts";
import { scheduleFilterSchema } from "../../lib/schedule/schemas.ts";
import { cookieJar, mockedCookieStore, sessionCookieFor } from "../support/auth.ts";
import { actorByEmail } from "../support/helpers.ts";
import { useTestDatabase } from "../support/database.ts";

vi.mock("next/headers", () => ({ cookies: async () => mockedCookieStore(), headers: async () => new Headers() }));
const { requestPersonalView } = await import("../../lib/personal/request-personal-view.ts");

/** The digest of the Next.js signal (redirect, 403, 404) a call throws. */
async function signal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return String((error as { digest?: unknown }).digest);
}

describe("requireActor and requirePermission", () => {
  const database = useTestDatabase({ seeded: true });
  beforeEach(() => {
    cookieJar.value = undefined;
    // next.config.ts turns on authInterrupts; forbidden() reads this in the built app.
    process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "1";
  });

  async function signInAs(email: string) {
    const user = await database.current.db.user.findUniqueOrThrow({ where: { email } });
    cookieJar.value = await sessionCookieFor(user.id);
  }

  it("sends a visitor to /signin with an encoded way back", async () => {
    expect(await signal(requireActor("/invite/abc def"))).toMatch(/^NEXT_REDIRECT;replace;\/signin\?callbackUrl=%2Finvite%2Fabc%2520def;307;/);
    expect(await signal(requirePermission("/organize", "console.view"))).toMatch(/callbackUrl=%2Forganize;/);
  });

  it("answers a member without the permission with the 403 page, and lets an organizer in", async () => {
    await signInAs("member@example.com");
    expect(await signal(requirePermission("/organize", "console.view"))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    expect((await requireActor("/me")).email).toBe("member@example.com");

    await signInAs("organizer@example.com");
    const organizer = await requirePermission("/organize", "console.view");
    expect(organizer).toMatchObject({ email: "organizer@example.com", role: "ORGANIZER" });
  });

  it("never sends anyone back to another site after signing in", () => {
    for (const bad of ["//evil.example", "/\\evil.example", "https://evil.example/", "/\t/evil.example", ""]) {
      expect(signInPath(bad)).toBe("/signin?callbackUrl=%2F");
    }
    expect(signInPath("/sessions/1?x=1#top")).toBe(`/signin?callbackUrl=${encodeURIComponent("/sessions/1?x=1#top")}`);
  });

  it("the layout writes the signed-in person's view into the page and renders the header with it; a visitor's page has the placeholder", async () => {
    const organizer = await actorByEmail(database.current.db, "organizer@example.com");
    await signInAs("organizer@example.com");
    const view = await requestPersonalView();
    expect(view).toMatchObject({ name: organizer.name, staff: true, links: { organize: true, people: false } });
    const { default: RootLayout } = await import("../../app/layout.tsx");
    const html = renderToStaticMarkup(await RootLayout({ children: null }));
    expect(html).toContain(personalScript(view!));
    // Rendered for them, so that it works without JavaScript: their links and the sign-out form.
    expect(html).toContain('href="/organize"');
    expect(html).not.toContain('href="/admin/people"');
    expect(html).toContain('action="/api/auth/signout"');
    expect(html).toContain(organizer.name!);
    expect(html).not.toContain('href="/signin"');
    cookieJar.value = undefined;
    const visitor = renderToStaticMarkup(await RootLayout({ children: null }));
    expect(visitor).toContain(PERSONAL_PLACEHOLDER);
    expect(visitor).toMatch(/data-personal="visitor"><a[^>]*href="\/signin"/);
    expect(visitor).not.toContain(organizer.name!);
  });
});

describe("parseSearchParams", () => {
  it("takes the first of repeated values and reads blank values as missing", () => {
    expect(firstValues({ a: ["x", "y"], b: "", c: "  ", d: undefined, e: "z" })).toEqual({
      a: "x",
      b: undefined,
      c: undefined,
      d: undefined,
      e: "z",
    });
    expect(firstValues(new URLSearchParams("a=1&a=2&b="))).toEqual({ a: "1", b: undefined });
    const { data, fields } = parseSearchParams(scheduleFilterSchema, { series: ["test-of-time", "paper-club"], track: "", mode: "remote" });
    expect(data).toEqual({ series: "test-of-time", mode: "remote" });
    expect(fields).toBeNull();
  });

  it("drops only the values the schema refuses and says which", () => {
    const { data, fields } = parseSearchParams(scheduleFilterSchema, new URLSearchParams("series=Not A Slug&mode=teleport&track=voice"));
    expect(data).toEqual({ track: "voice" });
    expect(Object.keys(fields ?? {}).sort()).toEqual(["mode", "series"]);
    const paged = z.object({ q: z.string().max(5).default(""), page: z.coerce.number().int().min(1).default(1) });
    expect(parseSearchParams(paged, { q: "toolong", page: "2" })).toEqual({ data: { q: "", page: 2 }, fields: { q: expect.any(String) } });
  });

  it("reads again without the filters a read refused, says which, and lets other errors through", async () => {
    const fields = { series: 'No series named "bogus".' };
    const read = async (q: { series?: string; mode?: string }) => {
      if (q.series === "bogus") throw new AppError("validation", "bad", fields);
      return q;
    };
    expect(await readIgnoringBadFilters(read, { series: "bogus", mode: "remote" })).toEqual({ data: { mode: "remote" }, fields });
    expect(await readIgnoringBadFilters(read, { mode: "remote" })).toEqual({ data: { mode: "remote" }, fields: null });
    await expect(readIgnoringBadFilters(() => Promise.reject(new AppError("forbidden", "no")), {})).rejects.toThrow("no");
    // A validation error about something that is not a filter is not hidden.
    await expect(readIgnoringBadFilters(() => Promise.reject(new AppError("validation", "bad", { other: "x" })), { series: "a" })).rejects.toThrow(
      "bad",
    );
  });
});

describe("the source keeps one way through", () => {
  const root = path.resolve(import.meta.dirname, "../..");
  function files(dir: string, match: RegExp): string[] {
    return readdirSync(path.join(root, dir)).flatMap((name) => {
      const rel = path.join(dir, name);
      if (name === "generated" || name === "node_modules") return [];
      if (statSync(path.join(root, rel)).isDirectory()) return files(rel, match);
      return match.test(name) ? [rel] : [];
    });
  }

  it("app, lib and components never import the demo data or the seed", () => {
    const offenders = ["app", "lib", "components"]
      .flatMap((dir) => files(dir, /\.tsx?$/))
      .filter((file) =>
        /from\s+["'][^"']*prisma\/(seed|seed-data)[/."']|import\(["'][^"']*prisma\/seed/.test(readFileSync(path.join(root, file), "utf8")),
      );
    expect(offenders).toEqual([]);
  });

  it("pages do not copy the sign-in and permission preamble or read search params by hand", () => {
    const offenders = files("app", /^page\.tsx$/).filter((file) => {
      const source = readFileSync(path.join(root, file), "utf8");
      return /redirect\(["'`]\/signin|forbidden\(\)|unauthorized\(\)|\bparams\.\w+\s*(\|\||\?\?)|safeParse\(/.test(source);
    });
    expect(offenders).toEqual([]);
  });

  it("the header does not fetch the actor itself", () => {
    expect(readFileSync(path.join(root, "components/site-header.tsx"), "utf8")).not.toMatch(/getActor/);
  });
});
