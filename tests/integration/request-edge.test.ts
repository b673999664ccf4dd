// Hostile input at the edge, table-driven: every /api/v1 route and every server action gets
// control characters, lone surrogates, arrays, objects, numbers and null in each field, wrong
// content types and cross-site origins. Every answer must be a 4xx with the JSON error shape
// (or an action result with a message), and no table may change. Signed in as an admin, so
// what stops the request is the edge and the schemas, not a missing permission.
import { describe, expect, it, vi } from "vitest";
import { cookieJar, mockedCookieStore, sessionCookieFor } from "../support/auth.ts";
import { useTestDatabase } from "../support/database.ts";
import { databaseFingerprint } from "../support/db-snapshot.ts";
import { apiRequest, ORIGIN, routeParams } from "../support/requests.ts";

vi.mock("next/headers", () => ({ cookies: async () => mockedCookieStore(), headers: async () => new Headers() }));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), refresh: () => undefined }));

const { ACTIONS, edgeIds, PATH_READS, QUERIES, ROUTES, TOKEN_ROUTES, voteAction } = await import("../support/edge-tables.ts");
const { unsubscribeToken } = await import("../../lib/mail/unsubscribe-token.ts");

/** JSON values that no text, id, link or flag field may accept. */
const HOSTILE_JSON: unknown[] = ["a\u0000b", "bell\u0007", "\uD800", ["x"], { x: 1 }, 42, null];
/**
 * Form values: text with control characters, a repeated field, a file. (No lone surrogates:
 * FormData holds USV strings and turns them into U+FFFD, as browsers do before sending.)
 */
const HOSTILE_FORM: (string | string[] | File)[] = ["a\u0000b", "esc\u001B[31m", ["a", "b"], new File(["x"], "x.txt")];
/** For fields that take a list, the hostile values go inside it too. */
const HOSTILE_LIST: unknown[] = [...HOSTILE_JSON.filter((v) => !Array.isArray(v)), ["a\u0000b"], [["x"]], [{ x: 1 }], [null], [42]];
/** Query values: control characters, a repeated key. */
const HOSTILE_QUERY: (string | string[])[] = ["a\u0000b", "\u0001", ["a", "b"]];

function describeValue(value: unknown): string {
  if (value instanceof File) return "a file";
  return JSON.stringify(value) ?? String(value);
}

async function expectJsonError(response: Response, label: string) {
  expect(response.status, label).toBeGreaterThanOrEqual(400);
  expect(response.status, label).toBeLessThan(500);
  const body = await response.json();
  expect(typeof body.error?.code, label).toBe("string");
  expect(body.error.message, label).toMatch(/\w{3}/);
  return body.error as { code: string; fields?: Record<string, string> };
}

describe("the request edge", () => {
  const database = useTestDatabase({ seeded: true });

  async function setUp() {
    const { db } = database.current;
    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
    cookieJar.value = await sessionCookieFor(admin.id);
    return edgeIds(db);
  }

  it("answers hostile values in every field of every API mutation with a 4xx JSON error, changing nothing", { timeout: 120_000 }, async () => {
    const ids = await setUp();
    const before = await databaseFingerprint(database.current.url);
    for (const route of ROUTES) {
      const base = route.body?.(ids) ?? {};
      const context = routeParams({ ...route.otherParams?.(ids), [route.param ?? "id"]: route.id?.(ids) ?? "" });
      for (const field of Object.keys(base)) {
        const hostile = (Array.isArray(base[field]) ? HOSTILE_LIST : HOSTILE_JSON).filter(
          (v) => !(typeof v === "number" && route.numbers?.includes(field)),
        );
        for (const value of hostile) {
          const label = `${route.name} ${field}=${describeValue(value)}`;
          const error = await expectJsonError(
            await route.handler(apiRequest(route.path, { method: route.method, body: { ...base, [field]: value } }), context),
            label,
          );
          if (error.code === "validation")
            expect(
              Object.keys(error.fields ?? {}).some((k) => k === field || k.startsWith(`${field}.`)),
              label,
            ).toBe(true);
        }
      }
      if (route.id) {
        for (const value of ["a\u0000b", "not-an-id", "00000000-0000-0000-0000-000000000000"]) {
          const label = `${route.name} id=${describeValue(value)}`;
          const error = await expectJsonError(
            await route.handler(
              apiRequest(route.path, { method: route.method, body: base }),
              routeParams({ ...route.otherParams?.(ids), [route.param ?? "id"]: value }),
            ),
            label,
          );
          expect(error.code, label).toBe("not_found");
        }
      }
      for (const value of ["[1,2]", '"text"', "null", "{not json"]) {
        await expectJsonError(
          await route.handler(apiRequest(route.path, { method: route.method, rawBody: value }), context),
          `${route.name} body ${value}`,
        );
      }
    }
    expect(await databaseFingerprint(database.current.url)).toEqual(before);
  });

  it("refuses wrong content types (415) and cross-site requests (403) on every API mutation, changing nothing", async () => {
    const ids = await setUp();
    const before = await databaseFingerprint(database.current.url);
    for (const route of ROUTES) {
      const body = route.body?.(ids) ?? {};
      const context = routeParams({ ...route.otherParams?.(ids), [route.param ?? "id"]: route.id?.(ids) ?? "" });
      for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
        const response = await route.handler(apiRequest(route.path, { method: route.method, body, headers: { "content-type": type } }), context);
        expect(response.status, `${route.name} ${type}`).toBe(415);
        expect((await response.json()).error.code).toBe("unsupported_media_type");
      }
      const noType = apiRequest(route.path, { method: route.method, body });
      noType.headers.delete("content-type");
      expect((await route.handler(noType, context)).status, `${route.name} without a content type`).toBe(415);
      const hostile: Record<string, string>[] = [
        { origin: "https://evil.example" },
        { origin: "null" },
        { origin: `${ORIGIN}.evil.example` },
        { origin: "", "sec-fetch-site": "cross-site" },
      ];
      for (const headers of hostile) {
        const request = apiRequest(route.path, { method: route.method, body, headers });
        if (headers.origin === "") request.headers.delete("origin");
        const response = await route.handler(request, context);
        expect(response.status, `${route.name} ${JSON.stringify(headers)}`).toBe(403);
        expect((await response.json()).error.code).toBe("forbidden");
      }
    }
    expect(await databaseFingerprint(database.current.url)).toEqual(before);
  });

  it("answers a malformed, forged or unknown token on every token-authorized mutation with a 404 JSON error, whatever the request, changing nothing", async () => {
    const ids = await setUp();
    const [userId, kind, sig] = ids.unsubscribeToken.split(".");
    const tokens = [
      "a\u0000b",
      "not-a-token",
      "x".repeat(5000),
      `${ids.unsubscribeToken}x`,
      `${userId}.schedule-changes.${sig}`,
      `${ids.user.replace(/^./, (c) => (c === "0" ? "1" : "0"))}.${kind}.${sig}`,
      unsubscribeToken("00000000-0000-4000-8000-000000000000", "day-before"),
    ];
    const requests: { label: string; headers: Record<string, string>; rawBody?: string }[] = [
      {
        label: "one-click form",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://mail.example" },
        rawBody: "List-Unsubscribe=One-Click",
      },
      { label: "same-origin JSON", headers: {}, rawBody: "{}" },
      { label: "junk body", headers: { "content-type": "text/plain" }, rawBody: "{not json" },
      { label: "cross-site", headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" }, rawBody: "[1,2]" },
    ];
    const before = await databaseFingerprint(database.current.url);
    for (const route of TOKEN_ROUTES) {
      for (const token of tokens) {
        for (const r of requests) {
          const label = `${route.name} token=${describeValue(token).slice(0, 60)} ${r.label}`;
          const request = apiRequest(route.path(token), { method: "POST", headers: r.headers, rawBody: r.rawBody });
          const error = await expectJsonError(await route.handler(request, routeParams({ token })), label);
          expect(error.code, label).toBe("not_found");
        }
      }
    }
    expect(await databaseFingerprint(database.current.url)).toEqual(before);
  });

  it("answers hostile query values on every API read with a 4xx JSON error", async () => {
    await setUp();
    for (const query of QUERIES) {
      for (const key of query.keys) {
        for (const value of HOSTILE_QUERY) {
          const params = new URLSearchParams();
          for (const v of [value].flat()) params.append(key, v);
          const response = await query.handler(apiRequest(`${query.path}?${params}`), routeParams({}));
          const error = await expectJsonError(response, `${query.name} ${key}=${describeValue(value)}`);
          expect(error.fields?.[key], `${query.name} ${key}`).toBeTruthy();
        }
      }
    }
  });

  it("answers a malformed or unknown path id on every read by id with a 404 JSON error", async () => {
    const ids = await setUp();
    for (const read of PATH_READS) {
      const ok = await read.handler(apiRequest(read.path), routeParams({ [read.param ?? "id"]: read.id(ids) }));
      expect(ok.status, `${read.name} with a real id`).toBe(200);
      for (const value of ["a\u0000b", "not-an-id", "00000000-0000-0000-0000-000000000000"]) {
        const label = `${read.name} id=${describeValue(value)}`;
        const error = await expectJsonError(await read.handler(apiRequest(read.path), routeParams({ [read.param ?? "id"]: value })), label);
        expect(error.code, label).toBe("not_found");
      }
    }
  });

  it("answers hostile values in every field of every server action with a message, keeping the input, changing nothing", async () => {
    const ids = await setUp();
    const before = await databaseFingerprint(database.current.url);
    for (const { name, action, fields, lists = [] } of ACTIONS) {
      const base = fields(ids);
      for (const field of Object.keys(base)) {
        for (const value of HOSTILE_FORM.filter((v) => !(Array.isArray(v) && lists.includes(field)))) {
          const form = new FormData();
          for (const [k, v] of Object.entries(base)) if (k !== field) form.set(k, v);
          for (const v of [value].flat()) form.append(field, v);
          const label = `${name} ${field}=${describeValue(value)}`;
          const result = await action(null, form);
          expect(result.ok, label).toBe(false);
          expect(["validation", "not_found"], label).toContain(result.code);
          expect(result.error, label).toMatch(/\w{3}/);
        }
      }
    }
    for (const [suggestionId, choice] of [
      [["x"], true],
      [{}, true],
      [42, true],
      [null, true],
      ["a\u0000b", true],
      [ids.suggestion, "yes"],
      [ids.suggestion, null],
    ] as const) {
      const result = await voteAction(suggestionId, choice);
      expect(result.ok, `voteAction(${describeValue(suggestionId)}, ${describeValue(choice)})`).toBe(false);
    }
    expect(await databaseFingerprint(database.current.url)).toEqual(before);
  });
});
