// The reminder emails' words: where each person is expected, today or tomorrow in the session's
// zone, the earlier recordings, and what a speaker is asked to do.
import { describe, expect, it } from "vitest";
import { dayBeforeMail } from "../../lib/mail/templates/reminder-day-before.ts";
import { hourBeforeMail } from "../../lib/mail/templates/reminder-hour-before.ts";
import { preReadingMail } from "../../lib/mail/templates/reminder-pre-reading.ts";
import { speakerReminderMail } from "../../lib/mail/templates/reminder-speaker.ts";
import type { ReminderPaper, ReminderSession } from "../../lib/reminders/reminder-facts.ts";

const SPEAKER = "5a1f6f8e-1111-4a53-9a43-3f1f0e7b8c11";
const paper = (overrides: Partial<ReminderPaper> = {}): ReminderPaper => ({
  title: "Attention Is All You Need",
  url: "https://arxiv.org/abs/1706.03762",
  authors: ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit"],
  year: 2017,
  presenterId: SPEAKER,
  presenter: "Sam Speaker",
  presenterConfirmed: false,
  earlier: [],
  ...overrides,
});
const session = (overrides: Partial<ReminderSession> = {}): ReminderSession => ({
  id: "0b5c2b8e-8d2a-4a53-9a43-3f1f0e7b8c11",
  title: "Transformers",
  seriesName: "Test of Time",
  // 18:00 in San Francisco on Wednesday, December 2 (02:00 UTC on the 3rd).
  startsAt: new Date("2026-12-03T02:00:00Z"),
  timeZone: "America/Los_Angeles",
  isInPerson: true,
  isRemote: true,
  venueName: "The Commons",
  venueAddress: "123 Mission St",
  remoteUrl: "https://zoom.example/j/1",
  url: "https://paperclub.test/sessions/x",
  calendarUrl: "https://paperclub.test/sessions/x/calendar.ics",
  papers: [paper(), paper({ title: "Deep Residual Learning", presenterId: null, presenter: null, authors: [] })],
  confirmBy: new Date("2026-11-28T02:00:00Z"),
  ...overrides,
});

describe("reminder emails", () => {
  it("says tomorrow or today by the session's own calendar day, with the time in its zone", () => {
    const seat = { status: "CONFIRMED", mode: "IN_PERSON" } as const;
    // 19:00 on Tuesday in San Francisco is already Wednesday in UTC.
    const eve = dayBeforeMail("a@x.test", session(), seat, new Date("2026-12-02T03:00:00Z"));
    expect(eve.subject).toBe("Tomorrow: Transformers");
    expect(eve.text).toContain("is tomorrow, Wednesday, December 2, 2026 at 6:00 PM PST");
    expect(eve.text).toContain("You have a seat in person at The Commons, 123 Mission St.");
    expect(eve.text).toContain("Ashish Vaswani, Noam Shazeer, Niki Parmar et al., 2017");
    expect(eve.text).not.toContain("zoom.example");
    const morning = dayBeforeMail("a@x.test", session(), seat, new Date("2026-12-02T17:00:00Z"));
    expect(morning.subject).toBe("Today: Transformers");
  });

  it("gives the remote link to remote and waitlisted people, and tells the waitlisted where they stand", () => {
    const remote = hourBeforeMail("b@x.test", session(), { status: "CONFIRMED", mode: "REMOTE" });
    expect(remote.subject).toBe("Starting at 6:00 PM PST: Transformers");
    expect(remote.text).toContain("Join remotely: https://zoom.example/j/1");
    const waiting = hourBeforeMail("c@x.test", session(), { status: "WAITLISTED", mode: "IN_PERSON" });
    expect(waiting.text).toContain("on the waitlist");
    expect(waiting.text).toContain("Meanwhile: Join remotely: https://zoom.example/j/1");
    const inPersonOnly = hourBeforeMail("c@x.test", session({ isRemote: false, remoteUrl: null }), { status: "WAITLISTED", mode: "IN_PERSON" });
    expect(inPersonOnly.text).not.toContain("Meanwhile");
  });

  it("lists the papers to read with the recording and slides of an earlier session on the same paper", () => {
    const earlier = {
      startsAt: new Date("2025-07-02T01:00:00Z"),
      timeZone: "America/Los_Angeles",
      recordingUrl: "https://video.example/1",
      slidesUrl: null,
      url: "",
    };
    const mail = preReadingMail("a@x.test", session({ papers: [paper({ earlier: [earlier] }), paper({ title: "Deep Residual Learning" })] }));
    expect(mail.subject).toBe("To read before Transformers");
    expect(mail.text).toContain("Discussed before on Jul 1, 2025: recording: https://video.example/1");
    expect(mail.text.match(/Discussed before/g)).toHaveLength(1);
    expect(mail.text).toContain("Deep Residual Learning");
  });

  it("asks a speaker to confirm only while the series asks for it and they have not, and always to bring slides", () => {
    const ask = speakerReminderMail("s@x.test", SPEAKER, session(), "https://paperclub.test");
    expect(ask.subject).toMatch(/^Please confirm: you present on Wednesday, December 2, 2026/);
    expect(ask.text).toContain("by Friday, November 27, 2026 at 6:00 PM PST");
    expect(ask.text).toContain("Attention Is All You Need");
    expect(ask.text).not.toContain("Deep Residual Learning");
    expect(ask.text).toContain("Bring your slides");
    const confirmed = speakerReminderMail("s@x.test", SPEAKER, session({ papers: [paper({ presenterConfirmed: true })] }), "https://paperclub.test");
    expect(confirmed.subject).toMatch(/^You present on Wednesday/);
    expect(confirmed.text).not.toContain("Please confirm");
    const noConfirmation = speakerReminderMail("s@x.test", SPEAKER, session({ confirmBy: null }), "https://paperclub.test");
    expect(noConfirmation.text).not.toContain("Please confirm");
  });
});
