// The unsubscribe token: a person and a kind, signed. Any change to any part — the person, the
// kind, the signature, the separators — makes it name nobody, and a signature made for one kind
// does not work for another.
import { describe, expect, it } from "vitest";
import { EMAIL_KINDS, type EmailKind } from "../../lib/mail/email-kinds.ts";
import { readUnsubscribeToken, unsubscribeToken } from "../../lib/mail/unsubscribe-token.ts";
import { unsubscribeUrls, withUnsubscribe } from "../../lib/mail/unsubscribe.ts";

const USER = "0b7e6c1e-3f0a-4c59-9a1e-5d2f8c4b7a10";
const OTHER = "9f1d2c3b-4a5e-4f60-8b7c-6d5e4f3a2b10";
const KINDS = Object.keys(EMAIL_KINDS) as EmailKind[];

/** Every token that differs from `token` in one character (the alphabet of its parts). */
function oneCharacterChanges(token: string): string[] {
  const alphabet = "0123456789abcdefABCDEF-_.xyz";
  const out: string[] = [];
  for (let i = 0; i < token.length; i++) {
    for (const c of alphabet) if (c !== token[i]) out.push(token.slice(0, i) + c + token.slice(i + 1));
  }
  return out;
}

describe("unsubscribe tokens", () => {
  it("round-trips every kind", () => {
    for (const kind of KINDS) expect(readUnsubscribeToken(unsubscribeToken(USER, kind))).toEqual({ userId: USER, kind });
  });

  it("refuses a token with any one character changed", () => {
    const token = unsubscribeToken(USER, "schedule-changes");
    const changed = oneCharacterChanges(token);
    expect(changed.length).toBeGreaterThan(1000);
    for (const t of changed) expect(readUnsubscribeToken(t), t).toBeNull();
  });

  it("refuses another person's id or another kind under this signature, and cut or padded tokens", () => {
    const [, , sig] = unsubscribeToken(USER, "day-before").split(".");
    expect(readUnsubscribeToken(`${OTHER}.day-before.${sig}`)).toBeNull();
    for (const kind of KINDS.filter((k) => k !== "day-before")) expect(readUnsubscribeToken(`${USER}.${kind}.${sig}`)).toBeNull();
    const token = unsubscribeToken(USER, "day-before");
    for (const t of [
      token.slice(0, -1),
      `${token}A`,
      `${token}.`,
      `.${token}`,
      `${USER}.day-before`,
      `${USER}.day-before.`,
      "",
      "..",
      token.toUpperCase(),
    ]) {
      expect(readUnsubscribeToken(t), t).toBeNull();
    }
    expect(readUnsubscribeToken(`${USER}.weekly-digest.${sig}`)).toBeNull();
    expect(readUnsubscribeToken(`${USER}.__proto__.${sig}`)).toBeNull();
  });

  it("puts the page link in the text and the one-click URL in the headers", () => {
    const urls = unsubscribeUrls("https://club.example", USER, "pre-reading");
    const token = unsubscribeToken(USER, "pre-reading");
    expect(urls).toEqual({ page: `https://club.example/unsubscribe/${token}`, oneClick: `https://club.example/api/v1/unsubscribe/${token}` });
    const mail = withUnsubscribe(
      { to: "a@example.com", subject: "S", text: "Hello" },
      { siteUrl: "https://club.example", userId: USER, kind: "pre-reading" },
    );
    expect(mail.text).toContain(urls.page);
    expect(mail.headers).toEqual({ "List-Unsubscribe": `<${urls.oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
  });
});
