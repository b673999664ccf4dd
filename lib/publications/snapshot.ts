// The shape of a publication: the schedule of one series exactly as it was published.
// Stored as JSON in publications.snapshot (immutable); every public read of the schedule
// starts from the latest one. Instants are UTC ISO strings; zones are IANA names.
import type { PresenterDto } from "../schedule/dto.ts";

export const SNAPSHOT_FORMAT = 1;

export type SnapshotPaper = {
  id: string;
  canonicalId: string;
  title: string;
  authors: string[];
  year: number | null;
  url: string;
  arxivId: string | null;
};

export type SnapshotSlot = {
  id: string;
  position: number;
  durationMinutes: number;
  paper: SnapshotPaper;
  /** The approved presenter when published (live presenters are overlaid on reads). */
  presenter: PresenterDto | null;
};

export type SnapshotSession = {
  id: string;
  title: string | null;
  description: string;
  track: { slug: string; name: string } | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  isInPerson: boolean;
  isRemote: boolean;
  venueName: string | null;
  venueAddress: string | null;
  seats: number | null;
  status: "published" | "cancelled";
  cancelReason: string | null;
  pairedSessionId: string | null;
  slots: SnapshotSlot[];
};

export type SnapshotTrack = { slug: string; name: string; description: string; plannedWeeks: number; position: number; seasonName: string };

export type ScheduleSnapshot = {
  format: typeof SNAPSHOT_FORMAT;
  series: { slug: string; name: string; description: string; timeZone: string };
  tracks: SnapshotTrack[];
  /** In start order. */
  sessions: SnapshotSession[];
};

/** One entry of a publication's change log, written by diffSnapshots. */
export type ScheduleChange =
  | { kind: "session_added"; sessionId: string; title: string; startsAt: string; timeZone: string }
  | { kind: "session_removed"; sessionId: string; title: string; startsAt: string; timeZone: string }
  | { kind: "session_cancelled"; sessionId: string; title: string; startsAt: string; timeZone: string; reason: string | null }
  | { kind: "session_restored"; sessionId: string; title: string; startsAt: string; timeZone: string }
  | { kind: "session_moved"; sessionId: string; title: string; from: string; to: string; timeZone: string }
  | { kind: "session_changed"; sessionId: string; title: string; startsAt: string; timeZone: string; fields: string[] }
  | { kind: "reading_added"; sessionId: string; title: string; startsAt: string; timeZone: string; paper: string }
  | { kind: "reading_removed"; sessionId: string; title: string; startsAt: string; timeZone: string; paper: string }
  | {
      kind: "presenter_changed";
      sessionId: string;
      title: string;
      startsAt: string;
      timeZone: string;
      paper: string;
      from: string | null;
      to: string | null;
    };
