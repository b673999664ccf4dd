// The theme switch's endpoint (app/theme/route.ts): a plain form post. Bad input of any kind is a
// 400 in words and sets no cookie; a good one remembers the choice and goes back where it came
// from, on this site only.
import { describe, expect, it } from "vitest";
import { POST } from "../../app/theme/route.ts";

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  POST(new Request("http://localhost:3000/theme", { method: "POST", body, headers }));
const form = (fields: Record<string, string>) => new URLSearchParams(fields);

describe("POST /theme", () => {
  it("remembers a theme and goes back to the page it came from", async () => {
    const answer = await post(form({ theme: "dark" }), { referer: "http://localhost:3000/schedule?track=agents" });
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe("/schedule?track=agents");
    expect(answer.headers.get("set-cookie")).toBe("theme=dark; Max-Age=31536000; Path=/; SameSite=Lax");
    const system = await post(form({ theme: "system" }));
    expect(system.headers.get("location")).toBe("/");
    expect(system.headers.get("set-cookie")).toMatch(/^theme=; Max-Age=0;/);
  });

  it("never sends anyone to another site", async () => {
    for (const referer of ["https://evil.example/", "//evil.example/x", "javascript:alert(1)"]) {
      expect((await post(form({ theme: "light" }), { referer })).headers.get("location")).toBe("/");
    }
  });

  it("answers bad input with a 400 in words and no cookie", async () => {
    const bad = [
      post(form({ theme: "purple" })),
      post(form({})),
      post(null),
      post('{"theme":"dark"}', { "content-type": "application/json" }),
      post("\u0000\u0001garbage", { "content-type": "multipart/form-data; boundary=x" }),
    ];
    for (const answer of await Promise.all(bad)) {
      expect(answer.status).toBe(400);
      expect(await answer.text()).toBe("Choose the system, light or dark theme.\n");
      expect(answer.headers.get("set-cookie")).toBeNull();
    }
  });
});
