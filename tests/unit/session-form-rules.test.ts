// The rules of the organizer's session form (lib/schedule/edit-schemas.ts), as the form posts it
// (text and "on" for a ticked box) and as the API sends it (JSON types): in person, remote or
// both; an in-person session names its venue and its seats; a remote one may wait for its link.
// The rules that need the session's RSVPs are in tests/integration/session-form.test.ts.
import { describe, expect, it } from "vitest";
import { validationError } from "../../lib/errors.ts";
import { createSessionSchema, updateSessionSchema } from "../../lib/schedule/edit-schemas.ts";

/** What the form posts for a session in person and remote, every field filled in. */
const form = {
  series: "test-of-time",
  date: "2027-03-10",
  startTime: "18:30",
  durationMinutes: "90",
  timeZone: "America/Los_Angeles",
  title: "Attention is all you need",
  description: "",
  track: "",
  isInPerson: "on",
  isRemote: "on",
  venueName: "The library, room 2",
  venueAddress: "1 Main St",
  seats: "40",
  remoteUrl: "https://zoom.example/j/123",
  recordingUrl: "",
  slidesUrl: "",
};

/** The form without some fields (an unticked box is absent from a posted form). */
function without(...names: (keyof typeof form)[]) {
  return Object.fromEntries(Object.entries(form).filter(([name]) => !names.includes(name as keyof typeof form)));
}

/** The messages by field, as the form shows them; {} when the input is accepted. */
function refusals(input: Record<string, unknown>, schema: typeof createSessionSchema | typeof updateSessionSchema = createSessionSchema) {
  const result = schema.safeParse(input);
  return result.success ? {} : validationError(result.error.issues).fields;
}

describe("the session form's rules", () => {
  it("accepts a session in person and remote with its venue, seats and link", () => {
    expect(createSessionSchema.parse(form)).toMatchObject({
      isInPerson: true,
      isRemote: true,
      venueName: "The library, room 2",
      seats: 40,
      remoteUrl: "https://zoom.example/j/123",
      durationMinutes: 90,
    });
  });

  it("refuses a session neither in person nor remote", () => {
    expect(refusals(without("isInPerson", "isRemote"))).toEqual({ isInPerson: "A session is in person, remote, or both." });
    expect(refusals({ ...form, isInPerson: false, isRemote: false })).toEqual({ isInPerson: "A session is in person, remote, or both." });
  });

  it("asks an in-person session for its venue and its seats, in person only or also remote", () => {
    for (const modes of [form, without("isRemote")]) {
      expect(refusals({ ...modes, seats: "" })).toEqual({ seats: "Say how many seats the venue has." });
      expect(refusals({ ...modes, seats: null })).toEqual({ seats: "Say how many seats the venue has." });
      expect(refusals({ ...modes, venueName: "   " })).toEqual({ venueName: "Name the venue of an in-person session." });
      expect(refusals({ ...modes, venueName: undefined, seats: undefined })).toEqual({
        seats: "Say how many seats the venue has.",
        venueName: "Name the venue of an in-person session.",
      });
    }
    // The address is optional.
    expect(refusals({ ...form, venueAddress: "" })).toEqual({});
  });

  it("lets a remote session go without venue, seats or link (the link can come later)", () => {
    const remote = { ...without("isInPerson", "venueName", "venueAddress", "seats", "remoteUrl") };
    expect(refusals(remote)).toEqual({});
    expect(createSessionSchema.parse(remote)).toMatchObject({ isInPerson: false, isRemote: true, seats: null, venueName: "", remoteUrl: "" });
  });

  it("takes seats as a whole number from 0 to 10,000, from a form or JSON", () => {
    const message = "Seats must be a whole number from 0 to 10000.";
    expect(createSessionSchema.parse({ ...form, seats: " 12 " }).seats).toBe(12);
    expect(createSessionSchema.parse({ ...form, seats: 12 }).seats).toBe(12);
    // 0 is a venue with no free seat yet: in-person RSVPs wait in line (a series without a seat
    // count starts its sessions there, lib/series/series-defaults.ts).
    expect(createSessionSchema.parse({ ...form, seats: "0" }).seats).toBe(0);
    // Every refusal names the limits ("-1" typed in the form used to be "not a whole number").
    for (const seats of ["-1", -1, "10001", 10_001, "2.5", 2.5, "1e3", "forty", ["40"], true]) {
      expect(refusals({ ...form, seats }), JSON.stringify(seats)).toEqual({ seats: message });
    }
  });

  it("takes only http(s) links for the remote link", () => {
    for (const remoteUrl of ["javascript:alert(1)", "zoom.example/j/1", "https://user:pw@zoom.example/j/1", "ftp://zoom.example/j/1"]) {
      expect(refusals({ ...form, remoteUrl }), remoteUrl).toEqual({ remoteUrl: "Links must start with http:// or https://." });
    }
  });

  it("refuses an unticked box sent as anything but a boolean or 'on'", () => {
    expect(refusals({ ...form, isRemote: "yes" })).toEqual({ isRemote: "Tick the box or leave it empty." });
    expect(refusals({ ...form, isInPerson: "true" })).toEqual({ isInPerson: "Tick the box or leave it empty." });
  });

  it("holds an update of a session to the same rules", () => {
    const update = { ...without("series"), sessionId: "6f1c1a52-4d0e-4c8e-9a43-0b6c1f0d2e11" };
    expect(refusals(update, updateSessionSchema)).toEqual({});
    expect(refusals({ ...update, isInPerson: false, isRemote: false }, updateSessionSchema)).toEqual({
      isInPerson: "A session is in person, remote, or both.",
    });
    expect(refusals({ ...update, seats: "" }, updateSessionSchema)).toEqual({ seats: "Say how many seats the venue has." });
    expect(refusals({ ...update, venueName: "" }, updateSessionSchema)).toEqual({ venueName: "Name the venue of an in-person session." });
  });
});
