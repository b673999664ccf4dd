// Inputs of RSVPs: one person's answer to a session, and what organizers do with the lists.
import { z } from "zod";
import { attendanceModeSchema, sessionIdSchema } from "../schedule/schemas.ts";
import { email, id } from "../validation/fields.ts";

export const rsvpModeSchema = attendanceModeSchema;
export type RsvpModeInput = z.infer<typeof rsvpModeSchema>;

export const sessionRefSchema = z.object({ sessionId: sessionIdSchema });

export const rsvpSchema = z.object({ sessionId: sessionIdSchema, mode: rsvpModeSchema });
export type RsvpInput = z.input<typeof rsvpSchema>;

export const addAttendeeSchema = z.object({
  sessionId: sessionIdSchema,
  email: email("Enter the email address of the person to add."),
  mode: rsvpModeSchema,
});
export type AddAttendeeInput = z.input<typeof addAttendeeSchema>;

export const attendeeRefSchema = z.object({ sessionId: sessionIdSchema, userId: id("person") });
export type AttendeeRef = z.input<typeof attendeeRefSchema>;

export const checkInSchema = attendeeRefSchema.extend({ checkedIn: z.boolean({ error: "Say whether the person arrived." }) });
export type CheckInInput = z.input<typeof checkInSchema>;

/** POST/DELETE /api/v1/sessions/{id}/rsvp: answered by the app's route and the front alike (decision 029). */
export const rsvpRouteParams = z.object({ id: sessionIdSchema });
export const rsvpRouteBody = rsvpSchema.pick({ mode: true });
