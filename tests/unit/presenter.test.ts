import { describe, expect, it } from "vitest";
import { presenterOf } from "../../lib/schedule/dto.ts";

const member = { name: "Grace Liu", affiliation: "Example Labs", deletedAt: null };

describe("presenterOf", () => {
  it("shows the approved speaker", () => {
    expect(presenterOf([{ status: "APPROVED", inviteName: null, inviteAffiliation: null, user: member }])).toEqual({
      speakerStatus: "confirmed",
      presenter: { name: "Grace Liu", affiliation: "Example Labs", isOutsideAuthor: false },
    });
  });

  it("shows an invited outside author by the name the organizer gave", () => {
    expect(presenterOf([{ status: "APPROVED", inviteName: "Ashish Vaswani", inviteAffiliation: "paper author", user: null }]).presenter).toEqual({
      name: "Ashish Vaswani",
      affiliation: "paper author",
      isOutsideAuthor: true,
    });
  });

  it("says pending while a claim waits, and open when there is none", () => {
    expect(presenterOf([{ status: "PENDING", inviteName: null, inviteAffiliation: null, user: member }])).toEqual({
      speakerStatus: "pending",
      presenter: null,
    });
    expect(presenterOf([])).toEqual({ speakerStatus: "open", presenter: null });
  });
});
