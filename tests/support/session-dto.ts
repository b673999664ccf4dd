// A published session as pages and the API see it (SessionDto), for unit tests of pure formatters.
import type { SessionDto } from "../../lib/schedule/dto.ts";

export function sessionDto(overrides: Partial<SessionDto> = {}): SessionDto {
  return {
    id: "0b5c2b8e-8d2a-4a53-9a43-3f1f0e7b8c11",
    title: "Attention & Transformers",
    description: "",
    series: { slug: "test-of-time", name: "Test of Time Paper Club" },
    track: null,
    startsAt: "2026-12-02T18:00:00.000-08:00",
    endsAt: "2026-12-02T19:30:00.000-08:00",
    timeZone: "America/Los_Angeles",
    isInPerson: true,
    isRemote: true,
    venue: { name: "The Commons", address: "123 Mission St" },
    seats: 40,
    seatsLeft: 3,
    status: "published",
    cancelReason: null,
    recordingUrl: null,
    slidesUrl: null,
    pairedSessionId: null,
    isPast: false,
    slots: [],
    ...overrides,
  };
}
