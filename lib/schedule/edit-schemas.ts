// Inputs of the schedule editors (the draft): sessions and their readings. Shared by the
// organizer forms, the JSON API and the domain functions.
import { z } from "zod";
import {
  calendarDate,
  checkbox,
  clockTime,
  freeText,
  id,
  optionalHttpUrl,
  optionalSlug,
  optionalText,
  optionalWholeNumber,
  slug,
  timeZoneName,
  wholeNumber,
} from "../validation/fields.ts";

export const sessionFields = {
  date: calendarDate,
  startTime: clockTime,
  durationMinutes: wholeNumber({ min: 15, max: 480, label: "The duration (minutes)" }),
  timeZone: timeZoneName.optional(),
  title: optionalText({ max: 200, label: "The title" }),
  description: optionalText({ max: 4000, label: "The description" }),
  track: optionalSlug,
  isInPerson: checkbox,
  isRemote: checkbox,
  venueName: optionalText({ max: 120, label: "The venue" }),
  venueAddress: optionalText({ max: 200, label: "The address" }),
  seats: optionalWholeNumber({ min: 0, max: 10_000, label: "Seats" }),
  remoteUrl: optionalHttpUrl,
  recordingUrl: optionalHttpUrl,
  slidesUrl: optionalHttpUrl,
};

type SessionShape = { isInPerson: boolean; isRemote: boolean; seats: number | null; venueName: string };
function checkModes(v: SessionShape, ctx: z.RefinementCtx) {
  if (!v.isInPerson && !v.isRemote) ctx.addIssue({ code: "custom", path: ["isInPerson"], message: "A session is in person, remote, or both." });
  if (v.isInPerson && v.seats === null) ctx.addIssue({ code: "custom", path: ["seats"], message: "Say how many seats the venue has." });
  if (v.isInPerson && !v.venueName) ctx.addIssue({ code: "custom", path: ["venueName"], message: "Name the venue of an in-person session." });
}

export const createSessionSchema = z.object({ series: slug, ...sessionFields }).superRefine(checkModes);
export type CreateSessionInput = z.input<typeof createSessionSchema>;

export const sessionIdField = id("session");
export const updateSessionSchema = z.object({ sessionId: sessionIdField, ...sessionFields }).superRefine(checkModes);
export type UpdateSessionInput = z.input<typeof updateSessionSchema>;

export const sessionRefSchema = z.object({ sessionId: sessionIdField });

export const cancelSessionSchema = z.object({
  sessionId: sessionIdField,
  reason: freeText({ min: 3, max: 500, minMessage: "Say why, in a sentence: attendees will see it.", label: "The reason" }),
});

export const addReadingSchema = z.object({
  sessionId: sessionIdField,
  /** An arXiv id or link, a DOI, or any http(s) link (a blog post is a reading too). */
  reference: freeText({ min: 1, max: 300, minMessage: "Paste an arXiv id or link, a DOI, or a link.", label: "The reading" }),
  /** Title when the reading is not on arXiv and not yet known. */
  title: optionalText({ max: 300, label: "The title" }),
  authors: optionalText({ max: 500, label: "The authors" }),
});

export const addSuggestionReadingSchema = z.object({ sessionId: sessionIdField, suggestionId: id("suggestion") });

export const slotRef = z.object({ slotId: id("reading") });

export const moveReadingSchema = z.object({
  slotId: id("reading"),
  /** Up or down within its session, or into another session of the same series. */
  direction: z.enum(["up", "down"], { error: "Choose up or down." }).optional(),
  toSessionId: id("session").optional(),
});
