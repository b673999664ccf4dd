// What the RSVP control shows in each state: the modes a session offers, the waitlist when the
// seats are taken, the status, and the remote link only for someone with an RSVP.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RsvpControl, type RsvpSession } from "../../components/rsvp-control.tsx";
import type { MyRsvp } from "../../lib/rsvps/my-rsvps.ts";

const ZOOM = "https://zoom.us/j/123";
const SESSION: RsvpSession = { id: "00000000-0000-4000-8000-000000000001", title: "Attention", isInPerson: true, isRemote: true, seatsLeft: 5 };
const never = async () => ({ ok: true as const });

function render(options: { session?: Partial<RsvpSession>; rsvp?: Partial<MyRsvp>; isClosed?: boolean; compact?: boolean } = {}) {
  const rsvp: MyRsvp | undefined = options.rsvp
    ? { sessionId: SESSION.id, status: "confirmed", mode: "in_person", remoteUrl: ZOOM, checkedIn: false, ...options.rsvp }
    : undefined;
  const html = renderToStaticMarkup(
    createElement(RsvpControl, {
      session: { ...SESSION, ...options.session },
      rsvp,
      isClosed: options.isClosed ?? false,
      compact: options.compact,
      answer: never,
      cancel: never,
    }),
  );
  const text = html.replace(/<[^>]+>/g, "|");
  return { html, text, buttons: [...html.matchAll(/<button[^>]*>(.*?)<\/button>/g)].map((m) => m[1].replace(/<[^>]+>/g, "")) };
}

describe("the RSVP control", () => {
  it("offers the modes the session has, and never the remote link without an RSVP", () => {
    expect(render().buttons).toEqual(["Attend in person", "Attend remotely"]);
    expect(render({ session: { isRemote: false } }).buttons).toEqual(["Attend in person"]);
    expect(render({ session: { isInPerson: false, seatsLeft: null } }).buttons).toEqual(["Attend remotely"]);
    expect(render().html).not.toContain("zoom.us");
    expect(render().html).not.toContain('role="status"');
  });

  it("says Join the in-person waitlist when the seats are taken, and is shorter on cards", () => {
    expect(render({ session: { seatsLeft: 0 } }).buttons).toEqual(["Join the in-person waitlist", "Attend remotely"]);
    expect(render({ session: { seatsLeft: 0 }, compact: true }).buttons).toEqual(["Join the waitlist for Attention", "Remote for Attention"]);
    expect(render({ compact: true }).buttons).toEqual(["In person for Attention", "Remote for Attention"]);
  });

  it("shows the status, the other mode, Cancel RSVP and the remote link to someone who is going", () => {
    const inPerson = render({ rsvp: {} });
    expect(inPerson.html).toContain(`role="status" class="font-medium text-emerald-800">You&#x27;re going in person</p>`);
    expect(inPerson.buttons).toEqual(["Switch to remote", "Cancel RSVP"]);
    expect(inPerson.html).toContain(`href="${ZOOM}"`);
    expect(inPerson.text).toContain("Join on Zoom");

    const remote = render({ rsvp: { mode: "remote" }, session: { seatsLeft: 0 } });
    expect(remote.text).toContain("You&#x27;re joining remotely");
    expect(remote.buttons).toEqual(["Join the in-person waitlist", "Cancel RSVP"]);
  });

  it("gives the waitlist place, and leaves the remote link out of in-person-only sessions", () => {
    const waiting = render({ rsvp: { status: "waitlisted", position: 3 }, session: { seatsLeft: 0 } });
    expect(waiting.text).toContain("You&#x27;re #3 on the waitlist for a seat — you can join remotely meanwhile");
    expect(waiting.buttons).toEqual(["Switch to remote", "Cancel RSVP"]);
    expect(waiting.html).toContain(ZOOM);

    const inPersonOnly = render({ rsvp: { status: "waitlisted", position: 1 }, session: { isRemote: false, seatsLeft: 0 } });
    expect(inPersonOnly.text).toContain("You&#x27;re #1 on the waitlist for a seat|");
    expect(inPersonOnly.html).not.toContain("zoom.us");
  });

  it("shows no buttons once closed, but keeps the status and the link", () => {
    const closed = render({ rsvp: { mode: "remote" }, isClosed: true });
    expect(closed.buttons).toEqual([]);
    expect(closed.text).toContain("RSVPs are closed");
    expect(closed.text).toContain("You&#x27;re joining remotely");
    expect(closed.html).toContain(ZOOM);
    expect(render({ isClosed: true }).buttons).toEqual([]);
  });
});
