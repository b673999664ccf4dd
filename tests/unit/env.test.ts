import { describe, expect, it } from "vitest";
import { parseEnv } from "../../lib/env.ts";

describe("parseEnv", () => {
  it("has working defaults with nothing set", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.PAPERCLUB_DATA_DIR).toBe("node_modules/.cache/paperclub");
  });

  it("treats an empty DATABASE_URL as unset and reads PORT as a number", () => {
    const env = parseEnv({ DATABASE_URL: "", PORT: "4100" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(4100);
  });

  it("says which variable is wrong", () => {
    expect(() => parseEnv({ PORT: "http" })).toThrow(/PORT/);
    expect(() => parseEnv({ DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
  });
});
