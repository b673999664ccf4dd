// The objects the request edge hands to zod (a form's fields, a query string's keys) keep
// every key an own key: a `__proto__` field or key must not become the object's prototype.
// Found while writing the request fuzz (tests/integration/request-fuzz.test.ts, which now tries
// it on every action): a form field named `__proto__` holding a file made the schema read
// missing fields through the File and throw, so the action threw instead of answering.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { queryObject } from "../../lib/http/api-input.ts";
import { formObject } from "../../lib/http/server-action.ts";

describe("the request edge's objects", () => {
  it("keeps a form field named __proto__ an own key, so a schema reads missing fields as missing", () => {
    const form = new FormData();
    form.append("__proto__", new File(["x"], "Injected"));
    form.append("title", "A title");
    const fields = formObject(form);
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
    expect(Object.keys(fields).sort()).toEqual(["__proto__", "title"]);
    const parsed = z.object({ title: z.string(), name: z.string().optional() }).safeParse(fields);
    expect(parsed.success && parsed.data).toEqual({ title: "A title" });
    expect(z.strictObject({ title: z.string() }).safeParse(fields).success).toBe(false);
  });

  it("keeps a repeated __proto__ query key an own key, so nothing is inherited from an array", () => {
    const query = queryObject(new URLSearchParams("__proto__=a&__proto__=b&series=x&blank=%20"));
    expect(Object.getPrototypeOf(query)).toBe(Object.prototype);
    expect(query).toEqual(
      Object.fromEntries([
        ["__proto__", ["a", "b"]],
        ["series", "x"],
      ]),
    );
    expect(z.object({ length: z.number().optional() }).parse(query)).toEqual({});
  });
});
