// An XSS corpus in every text and link field people type that is shown publicly or to organizers:
// session title, description, venue, cancel reason, reading title, track name and description,
// publication note, suggestion title and reason, a presenter's name, affiliation, co-presenter and
// note, links. Written through the API (as a script would), then every page that shows them is
// visited in Chromium: no dialog opens, no injected element or handler exists, no javascript:
// link, and the text reads literally. Links other than http(s) are refused at the API.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { e2eDb, signInAs, uniqueEmail } from "./sign-in.ts";
import { appNow, systemNow } from "../../lib/time/clock.ts";

// Each payload fits the field it goes into (names 80, short fields 120, topics 150, titles 200 characters).
const SHORT = `"><img src=x onerror=alert(1)>{{7*7}}`;
const MEDIUM = `</script><script>alert(2)</script><svg onload=alert(3)>\${7*7}{{7*7}}`;
const LONG = `</script><script>alert(4)</script>"><img src=x onerror=alert(5)><svg/onload=alert(6)>{{constructor.constructor('alert(7)')()}}\${7*7}<a href="javascript:alert(8)">x</a>`;
/** Very long unicode: astral letters, right-to-left text and an override, combining marks. */
const UNICODE = `${"𝕏𝔞 中文 عربى ‮txet‬ é̃ ".repeat(150)}${LONG}`;
/** An http(s) link is stored as typed; its quotes and brackets must stay inside the attribute. */
const QUOTED_LINK = `https://example.com/x"><img src=x onerror=alert(9)>`;

/** What React 19 puts in the action of a form whose action is a server action (not ours to refuse). */
/** React's own action on a form that runs a server action: the server's, and the one React DOM
 *  writes when it renders the form in the browser (a streamed part of /me, say). */
const REACT_FORM_PLACEHOLDERS = [
  "javascript:throw new Error('React form unexpectedly submitted.')",
  "javascript:throw new Error('A React form was unexpectedly submitted. If you called form.submit() manually, consider using form.requestSubmit() instead. If you\\'re trying to use event.stopPropagation() in a submit event handler, consider also calling event.preventDefault().')",
];

/** What must not exist on any page once the corpus is shown. */
const INJECTED = 'img[src="x"], svg[onload], [onerror], [onload]';

/** A date `days` from now in the series' zone, as the session form takes it. */
function dateIn(days: number) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "America/Los_Angeles" }).format(new Date(appNow().getTime() + days * 86_400_000));
}

function json(api: APIRequestContext, baseURL: string) {
  const headers = { origin: baseURL, "content-type": "application/json" };
  return {
    post: (url: string, data: unknown) => api.post(url, { data, headers }),
    patch: (url: string, data: unknown) => api.patch(url, { data, headers }),
  };
}

async function expectInert(page: Page, path: string, literal: string[], dialogs: string[]) {
  // A visitor's public page may come from the front's cache, up to a few seconds old: load it
  // again until it shows what was just typed (decision 020).
  await expect(async () => {
    await page.goto(path);
    const text = await page.locator("body").innerText();
    for (const value of literal) expect(text).toContain(value);
  }).toPass({ timeout: 20_000 });
  await expect(page.locator("main")).toBeVisible();
  expect(await page.locator(INJECTED).count(), `${path}: injected elements`).toBe(0);
  // No javascript: address anywhere, but React's own placeholder on forms that run a server action
  // (a javascript: link that reached an href would show as React's "blocked" placeholder: refused too).
  const scripted = await page
    .locator('[href^="javascript:" i], [src^="javascript:" i], [action^="javascript:" i], [formaction^="javascript:" i]')
    .evaluateAll(
      (elements, placeholders) =>
        elements
          .filter((e) => {
            const action = e.getAttribute("action") ?? e.getAttribute("formaction") ?? "";
            const isReacts = placeholders.includes(action);
            return !(["FORM", "BUTTON"].includes(e.tagName) && isReacts);
          })
          .map((e) => e.outerHTML.slice(0, 200)),
      REACT_FORM_PLACEHOLDERS,
    );
  expect(scripted, `${path}: javascript: urls`).toEqual([]);
  // A </script> in a title must not end a script early: no script is left holding the payload's code.
  const brokenOut = await page.locator("script").evaluateAll((scripts) => scripts.filter((s) => /^\s*alert\(/.test(s.textContent ?? "")).length);
  expect(brokenOut, `${path}: a script was broken out of`).toBe(0);
  for (const ld of await page.locator('script[type="application/ld+json"]').allTextContents()) JSON.parse(ld);
  // The text reads literally ({{7*7}} and ${7*7} included: no template evaluated them).
  const text = await page.locator("body").innerText();
  for (const value of literal) expect(text, `${path} shows the text literally`).toContain(value);
  expect(dialogs, `${path}: no dialog`).toEqual([]);
}

test("an XSS corpus in every typed text and link field is shown inert, as text", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const db = e2eDb();
  const slug = `xss-${systemNow().getTime().toString(36)}-${process.pid}`;
  const { rows: series } = await db.query<{ id: string }>(
    `INSERT INTO series (slug, name, time_zone, claim_approval_required) VALUES ($1, 'XSS corpus', 'America/Los_Angeles', false) RETURNING id`,
    [slug],
  );
  const { rows: seasons } = await db.query<{ id: string }>(
    `INSERT INTO seasons (series_id, slug, name, first_date, last_date, weekday, start_time)
     VALUES ($1, $2, 'XSS season', CURRENT_DATE, CURRENT_DATE + 365, 3, '18:00') RETURNING id`,
    [series[0].id, `${slug}-season`],
  );

  const admin = await browser.newContext();
  await signInAs(admin, "admin@example.com");
  const organizerApi = json(admin.request, baseURL!);
  const trackSlug = `${slug}-track`;
  expect(
    (
      await organizerApi.post("/api/v1/tracks", { seasonId: seasons[0].id, slug: trackSlug, name: MEDIUM, description: LONG, plannedWeeks: 2 })
    ).status(),
  ).toBe(201);

  const session = {
    date: dateIn(20),
    startTime: "18:00",
    durationMinutes: 90,
    isInPerson: true,
    isRemote: true,
    seats: 20,
    track: trackSlug,
    venueName: SHORT,
  };
  const created = await organizerApi.post(`/api/v1/series/${slug}/sessions`, { ...session, title: LONG, description: UNICODE });
  expect(created.status(), await created.text()).toBe(201);
  const cancelled = await organizerApi.post(`/api/v1/series/${slug}/sessions`, { ...session, date: dateIn(27), title: `Cancelled ${MEDIUM}` });
  expect(cancelled.status(), await cancelled.text()).toBe(201);
  const { rows: sessions } = await db.query<{ id: string; title: string }>(`SELECT id, title FROM sessions WHERE series_id = $1 ORDER BY starts_at`, [
    series[0].id,
  ]);
  const [sessionId, cancelledId] = sessions.map((s) => s.id);

  // Links: anything but http(s) is refused; an http(s) link with quotes is kept, and must stay inert.
  for (const bad of [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
  ]) {
    expect((await organizerApi.patch(`/api/v1/sessions/${sessionId}`, { recordingUrl: bad })).status(), bad).toBe(422);
    expect((await organizerApi.patch(`/api/v1/sessions/${sessionId}`, { slidesUrl: bad })).status(), bad).toBe(422);
  }
  expect((await organizerApi.patch(`/api/v1/sessions/${sessionId}`, { recordingUrl: QUOTED_LINK, slidesUrl: QUOTED_LINK })).status()).toBe(200);
  expect(
    (await organizerApi.post(`/api/v1/sessions/${sessionId}/readings`, { reference: "https://example.com/xss-reading", title: LONG })).status(),
  ).toBe(201);
  expect((await organizerApi.post(`/api/v1/sessions/${cancelledId}/cancellation`, { reason: LONG })).status()).toBeLessThan(300);
  expect((await organizerApi.post(`/api/v1/series/${slug}/publications`, { note: LONG })).status()).toBe(201);

  // A member with a hostile profile presents the reading, and suggests a topic.
  const speaker = await browser.newContext();
  await signInAs(speaker, uniqueEmail("xss"));
  const speakerApi = json(speaker.request, baseURL!);
  expect((await speakerApi.patch("/api/v1/me", { links: ["javascript:alert(1)"] })).status()).toBe(422);
  expect((await speakerApi.patch("/api/v1/me", { name: SHORT, affiliation: MEDIUM, links: [QUOTED_LINK] })).status()).toBe(200);
  const { rows: slots } = await db.query<{ id: string }>(`SELECT id FROM slots WHERE session_id = $1`, [sessionId]);
  const claimed = await speakerApi.post(`/api/v1/slots/${slots[0].id}/claim`, { coPresenter: SHORT, note: LONG });
  expect(claimed.status(), await claimed.text()).toBe(201);
  const suggested = await speakerApi.post("/api/v1/suggestions", { kind: "topic", title: MEDIUM, reason: LONG });
  expect(suggested.status(), await suggested.text()).toBe(201);
  expect((await organizerApi.post(`/api/v1/series/${slug}/publications`, { note: MEDIUM })).status()).toBe(201);

  const visitor = await browser.newContext();
  const dialogs: string[] = [];
  const watch = (page: Page) => page.on("dialog", (dialog) => void (dialogs.push(dialog.message()), dialog.dismiss()));
  const publicPage = await visitor.newPage();
  watch(publicPage);
  await expectInert(publicPage, `/sessions/${sessionId}`, [LONG, SHORT, MEDIUM], dialogs);
  // The links are there, and lead where they say: the quotes stayed inside the address.
  for (const name of [/Watch the recording/, /^Slides/]) {
    const link = publicPage.getByRole("link", { name }).first();
    expect(await link.evaluate((a: HTMLAnchorElement) => a.href)).toMatch(/^https:\/\/example\.com\/x(%22|")/);
  }
  await expectInert(publicPage, `/sessions/${cancelledId}`, [`Cancelled ${MEDIUM}`, LONG], dialogs);
  await expectInert(publicPage, `/tracks/${trackSlug}`, [MEDIUM, LONG], dialogs);
  await expectInert(publicPage, `/schedule?series=${slug}`, [LONG], dialogs);
  await expectInert(publicPage, "/schedule/changes", [MEDIUM], dialogs);
  await expectInert(publicPage, "/papers?sort=newest", [MEDIUM, LONG], dialogs);

  const organizerPage = await admin.newPage();
  watch(organizerPage);
  await expectInert(organizerPage, `/organize/series/${slug}`, [LONG], dialogs);
  await expectInert(organizerPage, `/organize/sessions/${sessionId}`, [LONG], dialogs);
  await expect(organizerPage.locator("#session-title")).toHaveValue(LONG);
  await expectInert(organizerPage, `/organize/sessions/${sessionId}/attendees`, [], dialogs);
  await expectInert(organizerPage, "/speak", [], dialogs);

  const mePage = await speaker.newPage();
  watch(mePage);
  await expectInert(mePage, "/me", [], dialogs);
  await expect(mePage.getByLabel("Affiliation")).toHaveValue(MEDIUM);

  await visitor.close();
  await speaker.close();
  await admin.close();
});
