// The personal layer's bytes (decision 028): the placeholder the visitor's page carries is
// exactly what React renders, the front writes a person's view in its place exactly as the app
// would, typed text cannot end the data block, and the server's markup is the visitor's with the
// pending parts a signed-in person sees before the page's JavaScript runs.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PersonalData } from "../../components/personal/personal-data.tsx";
import { PersonalRsvp } from "../../components/personal/personal-rsvp.tsx";
import { cacheAudience, showsStaffTools } from "../../lib/front/cacheable-request.ts";
import { placeholderAt, withPersonalView } from "../../lib/front/personal-layer.ts";
import { PERSONAL_PLACEHOLDER, personalScript } from "../../lib/personal/personal-script.ts";
import type { PersonalView } from "../../lib/personal/personal-view.ts";

const VIEW: PersonalView = {
  name: "Ada </script><script>alert(1)</script>",
  timeZone: "Europe/Berlin",
  links: { organize: false, people: false },
  staff: false,
  signOutToken: "t".repeat(64),
  rsvps: {
    "00000000-0000-4000-8000-000000000001": {
      sessionId: "00000000-0000-4000-8000-000000000001",
      status: "waitlisted",
      mode: "in_person",
      position: 3,
      remoteUrl: null,
      checkedIn: false,
    },
  },
  votes: ["00000000-0000-4000-8000-000000000002"],
  seats: { "00000000-0000-4000-8000-000000000001": 0 },
  next: {
    sessionId: "00000000-0000-4000-8000-000000000001",
    title: "</script><script>alert(1)</script>",
    startsAt: "2030-01-09T02:00:00.000Z",
    timeZone: "America/Los_Angeles",
    readings: [{ title: "Attention Is All You Need", url: "https://arxiv.org/abs/1706.03762" }],
  },
  talks: [],
  todo: null,
};

describe("the personal layer in a page", () => {
  it("is a data block React renders exactly as the front writes it", () => {
    expect(renderToStaticMarkup(createElement(PersonalData, { view: null }))).toBe(PERSONAL_PLACEHOLDER);
    expect(renderToStaticMarkup(createElement(PersonalData, { view: VIEW }))).toBe(personalScript(VIEW));
  });

  it("cannot be ended by what a person typed, and reads back as the view", () => {
    const html = personalScript(VIEW);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toContain("<script>alert");
    const json = html.slice(html.indexOf(">") + 1, html.lastIndexOf("</script>"));
    expect(JSON.parse(json)).toEqual(VIEW);
  });

  it("is written by the front in place of the placeholder, the rest of the page unchanged", () => {
    const page = Buffer.from(`<html><body>${PERSONAL_PLACEHOLDER}<main>schedule</main></body></html>`);
    const at = placeholderAt(page);
    expect(at).toBe("<html><body>".length);
    const theirs = withPersonalView(page, at, VIEW).toString();
    expect(theirs).toBe(`<html><body>${personalScript(VIEW)}<main>schedule</main></body></html>`);
    expect(placeholderAt(Buffer.from("<html>no placeholder</html>"))).toBe(-1);
  });

  it("renders the visitor's RSVP on the server, with the pending part hidden until a view says otherwise", () => {
    const session = { id: "00000000-0000-4000-8000-000000000001", title: "Attention", isInPerson: true, isRemote: true, seatsLeft: 4 };
    const card = renderToStaticMarkup(createElement(PersonalRsvp, { session, isClosed: false, compact: true }));
    expect(card).toMatch(/data-personal="visitor"><a[^>]*href="\/signin\?callbackUrl=%2Fsessions%2F00000000/);
    // Without JavaScript the pending part is a plain link to the session page.
    expect(card).toMatch(/data-personal="pending"><a[^>]*href="\/sessions\/00000000-0000-4000-8000-000000000001"/);
    const full = renderToStaticMarkup(createElement(PersonalRsvp, { session, isClosed: false }));
    expect(full).toMatch(/data-personal="pending">.*<button type="button" disabled="".*Attend in person/);
    expect(renderToStaticMarkup(createElement(PersonalRsvp, { session, isClosed: true }))).toBe(
      '<p class="text-sm text-slate-700">RSVPs are closed</p>',
    );
  });
});

describe("which requests the front answers from its cache", () => {
  const member = { cookie: "next-auth.session-token=abc" };
  it("gives signed-in people the shared copy of the pages that have a personal layer", () => {
    expect(cacheAudience("GET", "/", member)).toBe("member");
    expect(cacheAudience("GET", "/schedule?series=test-of-time", member)).toBe("member");
    expect(cacheAudience("GET", "/sessions/0b5c2b8e-8d2a-4a53-9a43-3f1f0e7b8c11", member)).toBe("member");
    expect(cacheAudience("GET", "/papers", member)).toBe("member");
    expect(cacheAudience("GET", "/schedule", {})).toBe("visitor");
    // /speak still renders claim forms per person; private pages and writes never come from the cache.
    expect(cacheAudience("GET", "/speak", member)).toBeNull();
    expect(cacheAudience("GET", "/speak", {})).toBe("visitor");
    expect(cacheAudience("GET", "/me", member)).toBeNull();
    expect(cacheAudience("POST", "/schedule", member)).toBeNull();
    expect(cacheAudience("GET", "/schedule", { ...member, "next-action": "x" })).toBeNull();
    expect(showsStaffTools("/papers?sort=newest")).toBe(true);
    expect(showsStaffTools("/schedule")).toBe(false);
  });
});
