// Adds the one-click unsubscribe of its kind to an email: a link at the end of the text, and the
// List-Unsubscribe headers (RFC 2369 and RFC 8058) that mail programs show as an "Unsubscribe"
// button. The link opens a page with one button (a mail scanner opening links unsubscribes
// nobody); the header's URL takes the one-click POST itself.
import "server-only";
import { EMAIL_KINDS, type EmailKind } from "./email-kinds.ts";
import type { Mail } from "./mail.ts";
import { unsubscribeToken } from "./unsubscribe-token.ts";

export function unsubscribeUrls(siteUrl: string, userId: string, kind: EmailKind) {
  const token = unsubscribeToken(userId, kind);
  return { page: `${siteUrl}/unsubscribe/${token}`, oneClick: `${siteUrl}/api/v1/unsubscribe/${token}` };
}

export function withUnsubscribe(mail: Mail, d: { siteUrl: string; userId: string; kind: EmailKind }): Mail {
  const urls = unsubscribeUrls(d.siteUrl, d.userId, d.kind);
  return {
    ...mail,
    text: `${mail.text}\n--\nYou get this email because ${EMAIL_KINDS[d.kind].label} are on. Stop them with one click: ${urls.page}\nAll your email settings: ${d.siteUrl}/me\n`,
    headers: { ...mail.headers, "List-Unsubscribe": `<${urls.oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}
