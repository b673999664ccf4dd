// A session at 18:00 in Los Angeles on Wednesday, July 1 is 01:00 UTC on July 2: every date
// shown or mailed for it says July 1.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LocalDate } from "../../components/local-date.tsx";
import { claimApprovedMail } from "../../lib/mail/templates/claim-approved.ts";
import { authorInvitedMail } from "../../lib/mail/templates/author-invited.ts";
import { formatDate, formatDay, formatDayAndTime } from "../../lib/time/format.ts";

const LA = "America/Los_Angeles";
const EVENING = "2026-07-02T01:00:00.000Z";

describe("dates in the session's zone", () => {
  it("formats 18:00 Pacific with its local date", () => {
    expect(formatDay(EVENING, LA)).toBe("Wed, Jul 1");
    expect(formatDate(EVENING, LA)).toBe("Jul 1, 2026");
    expect(formatDayAndTime(new Date(EVENING), LA)).toBe("Wednesday, July 1, 2026 at 6:00 PM PDT");
  });

  it("mails the local date", () => {
    const about = { to: "sam@example.com", paperTitle: "Attention", startsAt: new Date(EVENING), timeZone: LA };
    expect(claimApprovedMail(about).text).toContain("Wednesday, July 1, 2026 at 6:00 PM PDT");
    const invite = authorInvitedMail({ ...about, name: "Ada", inviteUrl: "http://localhost:3000/invite/x" });
    expect(invite.text).toContain("on Wednesday, July 1, 2026 at 6:00 PM PDT");
    expect(invite.text).not.toContain("2026-07-02");
  });

  it("shows the local date on pages, in the session's zone or else the reader's", () => {
    expect(renderToStaticMarkup(createElement(LocalDate, { iso: EVENING, zone: LA }))).toBe(`<time dateTime="${EVENING}">Jul 1, 2026</time>`);
    // Rendered on the server without a known reader: the club's home zone, not UTC.
    expect(renderToStaticMarkup(createElement(LocalDate, { iso: EVENING }))).toContain("Jul 1, 2026");
    expect(renderToStaticMarkup(createElement(LocalDate, { iso: EVENING, zone: "Europe/Berlin" }))).toContain("Jul 2, 2026");
  });
});
