// Bad input, at scale: property-based tests (fast-check) send random and mutated bodies, ids and
// query strings to every API route (every method) and every server action, signed in as an admin
// (the strongest actor, so a refusal is due to the input) and anonymously. The routes and actions
// come from the request edge's tables (tests/support/edge-tables.ts), and a discovery test fails
// when a route or action exists that the tables do not list.
//
// Only inputs that are invalid by construction are generated, so every answer can be held to
// "a 4xx with the JSON error shape (or an action result with a message), and no table changed":
// each mutated body poisons at least one field of a valid body with a value its schema must
// refuse (text with a control character or lone surrogate between letters, so trimming cannot
// remove it; the wrong JSON type; a number outside every field's range), and only then adds noise
// that alone could be valid (other keys dropped, unknown or `__proto__` keys added, a random query
// string). Reads are the exception: an unknown query key is ignored there by design, so a read may
// answer 200, but only what its table's `access` allows: an admin gets 200 or 422 (a bad query),
// a visitor the same on a public read and 401 or 422 on a signed-in one; an unknown id is a 404
// (or 401 first, for a visitor on a signed-in read); never a 5xx, never a stack trace, never a write.
//
// The seed changes with every run, so each run tries other inputs, and is printed first
// ("[fuzz] seed 1234 …", on the standard output). On failure fast-check prints the seed, the path
// and the shrunk counterexample; replay the failing run with that seed:
//   FUZZ_SEED=1234 npx vitest run tests/integration/request-fuzz.test.ts
import { randomInt } from "node:crypto";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MAX_BODY_BYTES } from "../../lib/http/read-json.ts";
import { cookieJar, mockedCookieStore, sessionCookieFor } from "../support/auth.ts";
import { useReusableTestDatabase } from "../support/database.ts";
import { databaseFingerprint } from "../support/db-snapshot.ts";
import type { ActionCase, Ids, ReadAccess, Route } from "../support/edge-tables.ts";
import { apiRequest, routeParams } from "../support/requests.ts";
import { discoverEndpoints } from "../support/route-discovery.ts";

vi.mock("next/headers", () => ({ cookies: async () => mockedCookieStore(), headers: async () => new Headers() }));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), refresh: () => undefined }));

const { ACTIONS, edgeIds, NOT_IN_TABLES, PATH_READS, QUERIES, ROUTES, TOKEN_ROUTES, voteAction } = await import("../support/edge-tables.ts");

/** This run's seed: FUZZ_SEED to replay one, else a new one each run (printed, to replay it). */
const SEED = fuzzSeed(process.env.FUZZ_SEED);
console.info(`[fuzz] seed ${SEED} (replay: FUZZ_SEED=${SEED} npx vitest run tests/integration/request-fuzz.test.ts)`);
/**
 * Runs per property (~120 properties): a refused body costs no database round trip; a read by id
 * renders a real feed or CSV each run, so reads get fewer.
 */
const RUNS = 20;
const READ_RUNS = 8;

/** The codes of a refusal (lib/errors.ts): every one is a 4xx. */
const CLIENT_CODES = [
  "validation",
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "unsupported_media_type",
  "payload_too_large",
  "rate_limited",
];

function fuzzSeed(given: string | undefined): number {
  if (given === undefined || given === "") return randomInt(2 ** 31 - 1);
  if (!/^-?\d{1,10}$/.test(given) || Number(given) !== (Number(given) | 0)) throw new Error(`FUZZ_SEED must be a 32-bit integer, not "${given}".`);
  return Number(given);
}

// ── generators ──

/** Characters no text field accepts (lib/validation/fields.ts); lone surrogates do not survive FormData. */
const controlCharacter = fc
  .oneof(fc.integer({ min: 0, max: 8 }), fc.constantFrom(0x0b, 0x0c), fc.integer({ min: 0x0e, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f }))
  .map((code) => String.fromCharCode(code));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const anyText = fc.string({ unit: "binary", maxLength: 40 });

/** Text with a forbidden character between two letters (trimming cannot take it away), sometimes long. */
function poisonedText(forbidden: fc.Arbitrary<string>) {
  const padding = fc.oneof(
    { weight: 4, arbitrary: anyText },
    { weight: 1, arbitrary: fc.integer({ min: 1000, max: 20_000 }).map((n) => "é".repeat(n)) },
  );
  return fc.tuple(padding, forbidden, anyText).map(([before, bad, after]) => `${before}x${bad}x${after}`);
}
const poisonedJsonText = poisonedText(fc.oneof(controlCharacter, loneSurrogate));
const poisonedFormText = poisonedText(controlCharacter);

/** Keys that have broken parsers elsewhere: prototype pollution, Object.prototype's own names. */
const trickyKey = fc.constantFrom(
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "__defineGetter__",
  "$ACTION_ID_x",
);
const extraKey = fc.oneof(trickyKey, anyText);
const deepValue = fc.integer({ min: 20, max: 2000 }).map((depth) => {
  let value: unknown = "x";
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
});
const jsonObject = fc.dictionary(extraKey, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });

/** A JSON value the field (whose valid value is `valid`) must refuse. */
function invalidJsonFor(valid: unknown, isNumberField: boolean): fc.Arbitrary<unknown> {
  const options: fc.Arbitrary<unknown>[] = [poisonedJsonText, fc.constant(null), jsonObject, deepValue];
  if (Array.isArray(valid)) {
    // A list: a bad element in it.
    options.push(
      fc
        .tuple(fc.array(anyText, { maxLength: 2 }), fc.oneof(poisonedJsonText, fc.constant(null), jsonObject, fc.integer()))
        .map(([ok, bad]) => [...ok, bad]),
    );
  } else {
    options.push(fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }));
  }
  if (typeof valid !== "boolean") options.push(fc.boolean());
  if (isNumberField) {
    // No number field takes a fraction, a negative number or more than six digits; nor a number
    // written other than as plain digits.
    options.push(
      fc.double({ noInteger: true, noDefaultInfinity: true, noNaN: true }),
      fc.integer({ min: -1_000_000, max: -1 }),
      fc.integer({ min: 10_000_000, max: Number.MAX_SAFE_INTEGER }),
      fc.constantFrom("1e3", "0x10", "90abc", "٣", "1.5", "-1", "Infinity", ""),
    );
  } else if (typeof valid !== "number") {
    options.push(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })));
  }
  return fc.oneof(...options);
}

/** A random query string: the route's keys, tricky keys, unicode values, malformed escapes. */
function queryString(keys: string[]) {
  const key = keys.length > 0 ? fc.oneof(fc.constantFrom(...keys), extraKey) : extraKey;
  const value = fc.oneof(anyText, poisonedJsonText, fc.integer().map(String), fc.constantFrom("", "[]", "{}", "null", "-1", "1e9"));
  const pair = fc.tuple(key, value).map(([k, v]) => `${encode(k)}=${encode(v)}`);
  const raw = fc.constantFrom(
    "%",
    "%E0%A4%A",
    "%ZZ",
    "a=%",
    "&&",
    "=",
    "a=b=c",
    "%00=%00",
    "%ED%A0%80=%FF",
    "__proto__[x]=1",
    "constructor[prototype][x]=1",
  );
  return fc.array(fc.oneof(pair, raw), { maxLength: 6 }).map((parts) => parts.join("&"));
}
function encode(text: string) {
  return encodeURIComponent(wellFormed(text));
}
/** The text with lone surrogates replaced by U+FFFD, as a browser sends it (String#toWellFormed). */
function wellFormed(text: string) {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

/** A path id that names nothing: random text, a well-formed unknown uuid, traversal, a huge one. */
function unknownId(existing: Set<string>) {
  const slugLike = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789-"), minLength: 1, maxLength: 30 });
  return fc
    .oneof(
      anyText,
      fc.uuid(),
      slugLike,
      poisonedJsonText,
      fc.constantFrom("..", "../..", "%00", "null", "undefined", "0", "-1", "' OR 1=1 --", "__proto__", "constructor", "x.ics", ".json"),
      fc.integer({ min: 1000, max: 20_000 }).map((n) => "a".repeat(n)),
    )
    .filter((id) => !existing.has(id));
}

/** JSON text of an object built from entries, so that a `__proto__` key stays an own key. */
function jsonText(entries: [string, unknown][]) {
  return JSON.stringify(Object.fromEntries(entries));
}

type Who = "admin" | "anonymous";
const who = fc.constantFrom<Who>("admin", "anonymous");

/** A request body that the route must refuse, and a query string to go with it. */
function invalidBody(route: Route, ids: Ids) {
  const base = route.body?.(ids);
  const query = queryString([]);
  const notJson = anyText.filter((text) => {
    if (text.trim() === "") return false; // an empty body is {}: valid where a route takes none
    try {
      const value: unknown = JSON.parse(text);
      return typeof value !== "object" || value === null || Array.isArray(value);
    } catch {
      return true;
    }
  });
  const notAnObject = fc.jsonValue().filter((v) => typeof v !== "object" || v === null || Array.isArray(v));
  const options: fc.Arbitrary<{ body: string; query: string }>[] = [
    fc.record({ body: notJson, query }),
    fc.record({ body: notAnObject.map((v) => JSON.stringify(v)), query }),
    // Past the size limit: 413 before anything is parsed.
    fc.record({ body: fc.constantFrom("a", "\u00e9", "\u{1F600}").map((c) => JSON.stringify({ x: c.repeat(MAX_BODY_BYTES) })), query }),
  ];
  if (!base || Object.keys(base).length === 0) {
    // A route that takes no body refuses any non-empty object.
    options.push(
      fc.record({
        body: fc.dictionary(extraKey, fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 4 }).map((o) => jsonText(Object.entries(o))),
        query,
      }),
    );
  } else {
    const keys = Object.keys(base);
    const mutation = fc
      .subarray(keys, { minLength: 1 })
      .chain((poisoned) =>
        fc.record({
          poisoned: fc.tuple(
            ...poisoned.map((k) => invalidJsonFor(base[k], route.numbers?.includes(k) ?? false).map((v) => [k, v] as [string, unknown])),
          ),
          dropped: fc.subarray(keys.filter((k) => !poisoned.includes(k))),
          extra: fc.array(
            fc.tuple(
              extraKey.filter((k) => !keys.includes(k)),
              fc.jsonValue({ maxDepth: 2 }),
            ),
            { maxLength: 3 },
          ),
          query,
        }),
      )
      .map(({ poisoned, dropped, extra, query }) => {
        const bad = new Map(poisoned);
        const entries = keys.filter((k) => !dropped.includes(k)).map((k): [string, unknown] => [k, bad.has(k) ? bad.get(k) : base[k]]);
        return { body: jsonText([...entries, ...extra]), query };
      });
    options.push(mutation, mutation, mutation);
  }
  return fc.oneof(...options);
}

/** A form the action must refuse: at least one field poisoned, then noise. */
function invalidForm(action: ActionCase, ids: Ids) {
  const base = action.fields(ids);
  const keys = Object.keys(base);
  const file = fc.tuple(anyText, anyText).map(([content, name]) => new File([wellFormed(content)], wellFormed(name) || "x"));
  const badValue = (key: string): fc.Arbitrary<string | string[] | File> =>
    action.lists?.includes(key)
      ? fc.oneof(
          poisonedFormText,
          fc.tuple(poisonedFormText, anyText).map((v) => [...v]),
        )
      : fc.oneof(poisonedFormText, fc.array(anyText, { minLength: 2, maxLength: 4 }), file);
  return fc
    .subarray(keys, { minLength: 1 })
    .chain((poisoned) =>
      fc.record({
        poisoned: fc.tuple(...poisoned.map((k) => badValue(k).map((v) => [k, v] as [string, string | string[] | File]))),
        dropped: fc.subarray(keys.filter((k) => !poisoned.includes(k))),
        extra: fc.array(
          fc.tuple(
            extraKey.filter((k) => !keys.includes(k)),
            fc.oneof(anyText, file),
          ),
          { maxLength: 3 },
        ),
      }),
    )
    .map(({ poisoned, dropped, extra }) => {
      const form = new FormData();
      const bad = new Map(poisoned);
      for (const k of keys) {
        if (dropped.includes(k)) continue;
        for (const v of [bad.has(k) ? bad.get(k)! : base[k]].flat()) form.append(k, v);
      }
      for (const [k, v] of extra) form.append(wellFormed(k), v);
      return form;
    });
}

/**
 * Always tried first: the first field poisoned, the others missing, and a file in `__proto__`
 * (which once became the parsed object's prototype, so that a missing `name` was read through
 * the File and the schema threw).
 */
function prototypeExample(action: ActionCase, ids: Ids): [Who, FormData] {
  const form = new FormData();
  form.append(Object.keys(action.fields(ids))[0], "x\u0000x");
  form.append("__proto__", new File(["x"], "x.txt"));
  return ["admin", form];
}

/** The statuses a read may answer `actor` with (a random query string may be refused first: 422). */
const readStatuses = (access: ReadAccess, actor: Who) => (access === "signed-in" && actor === "anonymous" ? [401, 422] : [200, 422]);

/** A read's answer: one of the expected statuses, a JSON error when refused, and no stack trace. */
async function expectReadAnswer(response: Response, statuses: number[]) {
  expect(statuses).toContain(response.status);
  if (response.status >= 400) return expectJsonError(response);
  expect(await response.text()).not.toMatch(STACK_TRACE);
}
/** A line of a JavaScript stack trace ("    at fn (file.ts:12:5)"), or a path into the server's code. */
const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$|node_modules\/|\.next\/server/m;

async function expectJsonError(response: Response) {
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  const text = await response.text();
  expect(text).not.toMatch(STACK_TRACE);
  const body = JSON.parse(text);
  expect(CLIENT_CODES).toContain(body.error?.code);
  expect(body.error.message).toMatch(/\w{3}/);
  return body.error as { code: string };
}

/** The name a table gives a route or action, without the branch in parentheses. */
const baseName = (name: string) => name.replace(/ \(.*\)$/, "");

describe("bad input, at scale (property-based)", () => {
  let ids: Ids;
  let adminCookie: string;
  /** Every slug, token and id that names something: no generated "unknown" id may be one. */
  let existing: Set<string>;
  const database = useReusableTestDatabase({
    seeded: true,
    setup: async ({ db }) => {
      ids = await edgeIds(db);
      const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
      adminCookie = await sessionCookieFor(admin.id);
      const slugs = [
        ...(await db.series.findMany({ select: { slug: true } })),
        ...(await db.track.findMany({ select: { slug: true } })),
        ...(await db.season.findMany({ select: { slug: true } })),
      ].map((r) => r.slug);
      existing = new Set([...slugs, ...slugs.flatMap((s) => [`${s}.ics`, `${s}.json`]), ...Object.values(ids), `${ids.calendarToken}.ics`]);
    },
  });
  const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

  let before: Record<string, string>;
  /** The fingerprint the last test proved unchanged: a reused database needs no new one. */
  let proved: { url: string; fingerprint: Record<string, string> } | null = null;
  beforeEach(async () => {
    cookieJar.value = undefined;
    const url = database.current.url;
    before = proved?.url === url ? proved.fingerprint : await databaseFingerprint(url);
    proved = null;
  });
  afterEach(async () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort(), "Object.prototype was polluted").toEqual(prototypeNames);
  });
  /** Every test ends here: nothing was written, so the next test may reuse the database. */
  async function expectNothingWritten() {
    expect(await databaseFingerprint(database.current.url)).toEqual(before);
    proved = { url: database.current.url, fingerprint: before };
    database.markUnchanged();
  }
  const signIn = (actor: Who) => void (cookieJar.value = actor === "admin" ? adminCookie : undefined);

  it("lists every route handler (every method) and every server action in the request edge's tables", () => {
    const routes = new Set([...ROUTES, ...QUERIES, ...PATH_READS, ...TOKEN_ROUTES].map((r) => baseName(r.name)));
    const actions = new Set([...ACTIONS.map((a) => baseName(a.name)), voteAction.name]);
    const missing = discoverEndpoints("all").filter((endpoint) => {
      if (endpoint in NOT_IN_TABLES) return false;
      const [file, action] = endpoint.split("#");
      return action === undefined ? !routes.has(file) : !actions.has(action);
    });
    expect(missing, "add these to tests/support/edge-tables.ts").toEqual([]);
  });

  for (const route of ROUTES) {
    it(`${route.name}: random and mutated bodies → 4xx JSON error, nothing written`, async () => {
      await fc.assert(
        fc.asyncProperty(who, invalidBody(route, ids), async (actor, { body, query }) => {
          signIn(actor);
          const context = routeParams({ ...route.otherParams?.(ids), [route.param ?? "id"]: route.id?.(ids) ?? "" });
          await expectJsonError(await route.handler(apiRequest(`${route.path}?${query}`, { method: route.method, rawBody: body }), context));
        }),
        { seed: SEED, numRuns: RUNS },
      );
      await expectNothingWritten();
    });

    const idParams = [...(route.id ? [route.param ?? "id"] : []), ...Object.keys(route.otherParams?.({} as Ids) ?? {})];
    if (idParams.length === 0) continue;
    it(`${route.name}: unknown and malformed path ids with a valid body → 4xx JSON error (404 for an admin), nothing written`, async () => {
      await fc.assert(
        fc.asyncProperty(who, fc.constantFrom(...idParams), unknownId(existing), async (actor, param, value) => {
          signIn(actor);
          const params = { ...route.otherParams?.(ids), [route.param ?? "id"]: route.id?.(ids) ?? "", [param]: value };
          const request = apiRequest(route.path, { method: route.method, body: route.body?.(ids) });
          const error = await expectJsonError(await route.handler(request, routeParams(params)));
          if (actor === "admin") expect(error.code).toBe("not_found");
        }),
        { seed: SEED, numRuns: RUNS },
      );
      await expectNothingWritten();
    });
  }

  for (const query of QUERIES) {
    it(`${query.name}: random query strings → ${query.access === "anyone" ? "200 or 422" : "200 or 422 (401 for a visitor)"}, errors as JSON, nothing written`, async () => {
      await fc.assert(
        fc.asyncProperty(who, queryString(query.keys), async (actor, search) => {
          signIn(actor);
          const response = await query.handler(apiRequest(`${query.path}?${search}`), routeParams({}));
          await expectReadAnswer(response, readStatuses(query.access, actor));
        }),
        { seed: SEED, numRuns: READ_RUNS },
      );
      await expectNothingWritten();
    });
  }

  for (const route of TOKEN_ROUTES) {
    it(`${route.name}: random tokens with any body, type and origin → 404 JSON error, nothing written`, async () => {
      await fc.assert(
        fc.asyncProperty(
          who,
          fc.oneof(unknownId(existing), fc.string({ maxLength: 200 })),
          fc.string({ maxLength: 300 }),
          fc.constantFrom("application/json", "application/x-www-form-urlencoded", "text/plain"),
          async (actor, token, body, type) => {
            signIn(actor);
            const request = apiRequest(route.path(token), {
              method: "POST",
              headers: { "content-type": type, origin: "https://mail.example" },
              rawBody: body,
            });
            const error = await expectJsonError(await route.handler(request, routeParams({ token })));
            expect(error.code).toBe("not_found");
          },
        ),
        { seed: SEED, numRuns: RUNS },
      );
      await expectNothingWritten();
    });
  }

  for (const read of PATH_READS) {
    it(`${read.name}: unknown and malformed ids → 404 JSON error${read.access === "signed-in" ? " (or 401 for a visitor)" : ""}; random query strings → 200 or 422`, async () => {
      const param = read.param ?? "id";
      await fc.assert(
        fc.asyncProperty(who, unknownId(existing), queryString(["page"]), async (actor, value, search) => {
          signIn(actor);
          // The id alone is bad here (a bad query is refused too, perhaps first: see below).
          const error = await expectJsonError(await read.handler(apiRequest(read.path), routeParams({ [param]: value })));
          expect(actor === "anonymous" && read.access === "signed-in" ? ["not_found", "unauthenticated"] : ["not_found"]).toContain(error.code);
          const real = await read.handler(apiRequest(`${read.path}?${search}`), routeParams({ [param]: read.id(ids) }));
          await expectReadAnswer(real, readStatuses(read.access, actor));
        }),
        { seed: SEED, numRuns: READ_RUNS },
      );
      await expectNothingWritten();
    });
  }

  for (const action of ACTIONS) {
    if (Object.keys(action.fields({} as Ids)).length === 0) continue; // takes no fields: no input is invalid
    it(`${action.name}: mutated forms → a result with a message, never a throw, nothing written`, async () => {
      await fc.assert(
        fc.asyncProperty(who, invalidForm(action, ids), async (actor, form) => {
          signIn(actor);
          const result = await action.action(null, form);
          expect(result.ok).toBe(false);
          expect(CLIENT_CODES).toContain(result.code);
          expect(result.error).toMatch(/\w{3}/);
        }),
        { seed: SEED, numRuns: RUNS, examples: [prototypeExample(action, ids)] },
      );
      await expectNothingWritten();
    });
  }

  it("voteAction(suggestionId, choice): any other arguments → a result with a message, never a throw, nothing written", async () => {
    await fc.assert(
      fc.asyncProperty(
        who,
        fc.oneof(fc.anything(), unknownId(existing), fc.constant(ids.suggestion)),
        fc.anything(),
        async (actor, suggestionId, choice) => {
          fc.pre(!(suggestionId === ids.suggestion && typeof choice === "boolean"));
          signIn(actor);
          const result = await voteAction(suggestionId as string, choice as boolean);
          expect(result.ok).toBe(false);
          expect(CLIENT_CODES).toContain(result.ok ? undefined : result.code);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    await expectNothingWritten();
  });
});
