// Model-based property test: random sequences of RSVPs, changes of mode, cancellations, account
// deletions and new seat counts, run against real PostgreSQL and against a simple in-memory model
// of the rules; after every step the database must agree with the model and keep every invariant.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SignedInActor } from "../../lib/auth/actor.ts";
import type { Db } from "../../lib/db/client.ts";
import { AppError } from "../../lib/errors.ts";
import { cancelRsvp, rsvpToSession } from "../../lib/rsvps/rsvp.ts";
import { rsvpsOf } from "../../lib/rsvps/my-rsvps.ts";
import { patchSession } from "../../lib/schedule/edit-session.ts";
import { deleteAccount } from "../../lib/users/delete-account.ts";
import { useTestDatabase } from "../support/database.ts";
import { actorByEmail } from "../support/helpers.ts";
import { people, rsvpSession, SITE } from "../support/rsvp-fixtures.ts";

const PEOPLE = 6;
type Mode = "in_person" | "remote";
type Entry = { mode: Mode; status: "confirmed" | "waitlisted"; seq: number };

/** The rules, plainly: seats in order of arrival, a line that moves by itself. */
class Model {
  rsvps = new Map<number, Entry>();
  deleted = new Set<number>();
  private nextSeq = 0;
  constructor(public seats: number) {}

  confirmedInPerson() {
    return [...this.rsvps.values()].filter((e) => e.mode === "in_person" && e.status === "confirmed").length;
  }
  line(): number[] {
    return [...this.rsvps.entries()]
      .filter(([, e]) => e.status === "waitlisted")
      .sort((a, b) => a[1].seq - b[1].seq)
      .map(([p]) => p);
  }
  promote() {
    for (const p of this.line()) {
      if (this.confirmedInPerson() >= this.seats) break;
      this.rsvps.get(p)!.status = "confirmed";
    }
  }
  answer(p: number, mode: Mode): "ok" | "unchanged" {
    const current = this.rsvps.get(p);
    if (current?.mode === mode) return "unchanged";
    const heldSeat = current?.mode === "in_person" && current.status === "confirmed";
    if (mode === "remote") this.rsvps.set(p, { mode, status: "confirmed", seq: -1 });
    else if (this.confirmedInPerson() < this.seats && this.line().length === 0) this.rsvps.set(p, { mode, status: "confirmed", seq: -1 });
    else this.rsvps.set(p, { mode, status: "waitlisted", seq: this.nextSeq++ });
    if (heldSeat) this.promote();
    return "ok";
  }
  cancel(p: number): "ok" | "none" {
    if (!this.rsvps.has(p)) return "none";
    this.rsvps.delete(p);
    this.promote();
    return "ok";
  }
  setSeats(n: number): "ok" | "refused" {
    if (n < this.confirmedInPerson()) return "refused";
    this.seats = n;
    this.promote();
    return "ok";
  }
}

type Real = { db: Db; sessionId: string; crowd: SignedInActor[]; organizer: SignedInActor };

async function outcome(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

async function check(m: Model, r: Real) {
  const [session] = await r.db.$queryRaw<{ seats: number; counter: number; confirmed: number }[]>`
    SELECT seats, in_person_confirmed AS counter,
      (SELECT count(*)::int FROM rsvps WHERE session_id = s.id AND mode = 'IN_PERSON' AND status = 'CONFIRMED') AS confirmed
    FROM sessions s WHERE id = ${r.sessionId}::uuid`;
  expect(session.seats).toBe(m.seats);
  expect(session.counter).toBe(session.confirmed);
  expect(session.confirmed).toBeLessThanOrEqual(session.seats);
  expect(session.confirmed).toBe(m.confirmedInPerson());
  // Nobody waits while a seat is free.
  if (m.line().length > 0) expect(session.confirmed).toBe(session.seats);
  const line = m.line();
  for (let p = 0; p < PEOPLE; p++) {
    const mine = (await rsvpsOf(r.crowd[p], [r.sessionId])).get(r.sessionId);
    const expected = m.rsvps.get(p);
    expect(mine ? { mode: mine.mode, status: mine.status, position: mine.position } : undefined).toEqual(
      expected
        ? { mode: expected.mode, status: expected.status, position: expected.status === "waitlisted" ? line.indexOf(p) + 1 : undefined }
        : undefined,
    );
  }
}

const person = fc.integer({ min: 0, max: PEOPLE - 1 });
// Mostly answers, so that lines form and move.
const commands = [
  {
    weight: 8,
    arbitrary: fc.record({ kind: fc.constant("answer" as const), p: person, mode: fc.constantFrom<Mode>("in_person", "in_person", "remote") }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("cancel" as const), p: person }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), p: person }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("seats" as const), n: fc.integer({ min: 0, max: 4 }) }) },
];
type Command =
  { kind: "answer"; p: number; mode: Mode } | { kind: "cancel"; p: number } | { kind: "delete"; p: number } | { kind: "seats"; n: number };

describe("RSVP rules against a model", () => {
  const database = useTestDatabase({ seeded: true });

  it("agrees with the model after every step of random sequences", { timeout: 300_000 }, async () => {
    const db = database.current.db;
    const organizer = await actorByEmail(db, "organizer@example.com");
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 3 }), fc.array(fc.oneof(...commands), { minLength: 1, maxLength: 40 }), async (seats, steps) => {
        run++;
        const real: Real = {
          db,
          organizer,
          sessionId: await rsvpSession(db, { seats, title: `Model ${run}` }),
          crowd: await people(db, PEOPLE, `m${run}-`),
        };
        const model = new Model(seats);
        for (const step of steps as Command[]) {
          let expected: string;
          let actual: string;
          if (step.kind === "answer") {
            if (model.deleted.has(step.p)) continue;
            model.answer(step.p, step.mode);
            expected = "ok";
            actual = await outcome(rsvpToSession(real.crowd[step.p], { sessionId: real.sessionId, mode: step.mode }, SITE));
          } else if (step.kind === "cancel") {
            if (model.deleted.has(step.p)) continue;
            expected = model.cancel(step.p) === "ok" ? "ok" : "not_found";
            actual = await outcome(cancelRsvp(real.crowd[step.p], { sessionId: real.sessionId }, SITE));
          } else if (step.kind === "delete") {
            if (model.deleted.has(step.p)) continue;
            model.cancel(step.p);
            model.deleted.add(step.p);
            expected = "ok";
            actual = await outcome(deleteAccount(real.crowd[step.p], { confirm: "DELETE" }, SITE));
          } else {
            expected = model.setSeats(step.n) === "ok" ? "ok" : "validation";
            actual = await outcome(patchSession(organizer, { sessionId: real.sessionId, changes: { seats: step.n } }, SITE));
          }
          expect(actual, JSON.stringify(step)).toBe(expected);
          await check(model, real);
        }
      }),
      { numRuns: 25 },
    );
  });
});
