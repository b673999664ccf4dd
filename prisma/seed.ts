// Demo data: both series, a Test of Time season laid over weekly sessions from July to
// December, the weekly Paper Club around today, demo people with each role, suggestions,
// votes and RSVPs. Dates are relative to today, so past sessions (with recordings) and
// upcoming ones both show. Deterministic: the same day gives the same data.
import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns";
import { auditEventSchema } from "../lib/audit/audit-events.ts";
import { createPrismaClient, type Db } from "../lib/db/client.ts";
import { canonicalPaperId } from "../lib/papers/canonical-id.ts";
import { buildSnapshot } from "../lib/publications/build-snapshot.ts";
import { diffSnapshots } from "../lib/publications/diff-snapshots.ts";
import { paperClubPapers, testOfTimeTracks, type SeedPaper } from "./seed-data/papers.ts";
import { demoPeople, memberNames } from "./seed-data/people.ts";
import { appNow } from "../lib/time/clock.ts";

const PACIFIC = "America/Los_Angeles";
const WEDNESDAY = 3;

/** A small deterministic PRNG so the demo looks varied but is the same every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The instant of a local wall-clock time in a zone (DST-correct). */
export function zonedInstant(date: { y: number; m: number; d: number }, time: string, zone: string): Date {
  const [h, min] = time.split(":").map(Number);
  return new Date(new TZDate(date.y, date.m - 1, date.d, h, min, 0, zone).getTime());
}

/** Calendar date parts (in Pacific time) of an instant. */
function pacificDay(instant: Date) {
  const t = new TZDate(instant.getTime(), PACIFIC);
  return { y: t.getFullYear(), m: t.getMonth() + 1, d: t.getDate() };
}

/** Dates (y/m/d) of every `weekday` from the first one on or after `from`, `count` times. */
function weekly(from: { y: number; m: number; d: number }, weekday: number, count: number) {
  let day = new Date(Date.UTC(from.y, from.m - 1, from.d));
  while (day.getUTCDay() !== weekday) day = addDays(day, 1);
  return Array.from({ length: count }, (_, i) => {
    const d = addDays(day, i * 7);
    return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
  });
}

/** The Test of Time season shown: this year's July–December, or last year's before July. */
export function seasonYear(today: Date): number {
  const { y, m } = pacificDay(today);
  return m >= 7 ? y : y - 1;
}

function paperUrl(p: SeedPaper) {
  return p.arxivId ? `https://arxiv.org/abs/${p.arxivId}` : `https://doi.org/${p.doi}`;
}

function fakeVideoId(n: number) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  const next = random(n * 7919 + 17);
  return Array.from({ length: 11 }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
}

const TABLES = [
  "outbox_emails",
  "audit_log",
  "publications",
  "rsvps",
  "votes",
  "suggestions",
  "speaker_claims",
  "slots",
  "papers",
  "sessions",
  "tracks",
  "seasons",
  "series",
  "verification_tokens",
  "auth_sessions",
  "accounts",
  "users",
];

export async function seedIfEmpty(databaseUrl: string): Promise<boolean> {
  const db = createPrismaClient(databaseUrl, { max: 2 });
  try {
    if ((await db.series.count()) > 0) return false;
  } finally {
    await db.$disconnect();
  }
  await seed(databaseUrl);
  return true;
}

export async function seed(databaseUrl: string, today = appNow()) {
  const db = createPrismaClient(databaseUrl, { max: 4 });
  try {
    await db.$executeRawUnsafe(`TRUNCATE ${TABLES.map((t) => `"${t}"`).join(", ")} CASCADE`);
    return await seedInto(db, today);
  } finally {
    await db.$disconnect();
  }
}

async function seedInto(db: Db, today: Date) {
  const rand = random(20260701);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)];

  // ── people ──
  await db.user.createMany({
    data: [
      ...demoPeople.map((p) => ({ ...p, emailVerified: today })),
      ...memberNames.map((name) => ({
        name,
        email: `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@example.com`,
        role: "MEMBER" as const,
      })),
    ],
  });
  const users = await db.user.findMany({ orderBy: { email: "asc" } });
  const byEmail = new Map(users.map((u) => [u.email!, u]));
  const organizer = byEmail.get("organizer@example.com")!;
  const speaker = byEmail.get("speaker@example.com")!;
  const member = byEmail.get("member@example.com")!;
  const members = users.filter((u) => !demoPeople.some((p) => p.email === u.email));

  // ── series and season ──
  const testOfTime = await db.series.create({
    data: {
      slug: "test-of-time",
      name: "Test of Time Paper Club",
      description:
        "The foundational papers every AI engineer should know, one topic track at a time. Every session meets in person in San Francisco and on Zoom.",
      claimApprovalRequired: true,
      claimStaleDays: 7,
      speakerConfirmDays: 3,
      defaultWeekday: WEDNESDAY,
      defaultStartTime: "18:00",
      defaultDurationMinutes: 90,
      defaultInPerson: true,
      defaultRemote: true,
      venueName: "The Commons, 3rd floor",
      venueAddress: "123 Mission St, San Francisco, CA 94105",
      seats: 40,
      remoteUrl: "https://zoom.us/j/81234567890",
    },
  });
  const paperClub = await db.series.create({
    data: {
      slug: "paper-club",
      name: "Paper Club",
      description:
        "Every Wednesday at noon Pacific: one paper that is trending this week, often presented by one of its authors. Remote on Zoom, recorded to YouTube.",
      claimApprovalRequired: false,
      defaultWeekday: WEDNESDAY,
      defaultStartTime: "12:00",
      defaultDurationMinutes: 60,
      defaultInPerson: false,
      defaultRemote: true,
      remoteUrl: "https://zoom.us/j/85500112233",
    },
  });

  const year = seasonYear(today);
  const sessionDates = weekly({ y: year, m: 7, d: 1 }, WEDNESDAY, 26);
  const season = await db.season.create({
    data: {
      seriesId: testOfTime.id,
      slug: String(year),
      name: `Test of Time ${year}`,
      firstDate: new Date(Date.UTC(year, 6, 1)),
      lastDate: new Date(Date.UTC(year, 11, 31)),
      weekday: WEDNESDAY,
      startTime: "18:00",
      durationMinutes: 90,
    },
  });

  // ── papers ──
  const allSeedPapers = [...testOfTimeTracks.flatMap((t) => t.sessions.flat()), ...paperClubPapers];
  await db.paper.createMany({
    data: allSeedPapers.map((p) => {
      const id = canonicalPaperId(p.arxivId ?? `doi:${p.doi}`);
      if (!id) throw new Error(`seed paper without a canonical id: ${p.title}`);
      return {
        canonicalId: id.canonicalId,
        source: id.source,
        arxivId: id.arxivId,
        doi: id.doi,
        url: paperUrl(p),
        title: p.title,
        authors: p.authors,
        year: p.year,
        abstract: p.abstract,
      };
    }),
  });
  const papers = await db.paper.findMany();
  const paperOf = (p: SeedPaper) => papers.find((x) => (p.arxivId ? x.arxivId === p.arxivId : x.doi === p.doi?.toLowerCase()))!;

  const venue = {
    venueName: "The Commons, 3rd floor",
    venueAddress: "123 Mission St, San Francisco, CA 94105",
  };
  const now = today.getTime();
  let video = 0;
  const presenters = [speaker, ...members];
  const claims: {
    slotId: string;
    userId: string | null;
    status: "APPROVED" | "PENDING";
    inviteName?: string;
    inviteAffiliation?: string;
    decidedById?: string;
    decidedAt?: Date;
    confirmedAt?: Date;
    createdAt?: Date;
  }[] = [];
  const upcomingSessionIds: string[] = [];

  // ── Test of Time: tracks over weekly sessions ──
  let week = 0;
  for (const [position, track] of testOfTimeTracks.entries()) {
    const trackRow = await db.track.create({
      data: {
        seasonId: season.id,
        slug: track.slug,
        name: track.name,
        description: track.description,
        position,
        plannedWeeks: track.sessions.length,
      },
    });
    for (const [i, sessionPapers] of track.sessions.entries()) {
      const date = sessionDates[week++];
      const startsAt = zonedInstant(date, "18:00", PACIFIC);
      const endsAt = new Date(startsAt.getTime() + 90 * 60_000);
      const isPast = endsAt.getTime() < now;
      const isLast = week === sessionDates.length;
      // The Voice track's second week shows separate sections: SF on Wednesday, remote on Thursday.
      const split = track.slug === "voice" && i === 1;
      const session = await db.session.create({
        data: {
          seriesId: testOfTime.id,
          seasonId: season.id,
          trackId: trackRow.id,
          trackWeek: i + 1,
          title: track.sessions.length > 1 ? `${track.name} (part ${i + 1})` : track.name,
          startsAt,
          endsAt,
          timeZone: PACIFIC,
          isInPerson: true,
          isRemote: !split,
          ...venue,
          seats: 40,
          remoteUrl: split ? null : `https://zoom.us/j/8${String(1000000000 + week * 7919).slice(0, 9)}`,
          recordingUrl: isPast ? `https://www.youtube.com/watch?v=${fakeVideoId(++video)}` : null,
          slidesUrl: isPast && rand() < 0.7 ? `https://docs.google.com/presentation/d/demo-tot-${week}` : null,
          // The season's final week is still a private draft.
          status: isLast ? "DRAFT" : "PUBLISHED",
        },
      });
      if (!isPast) upcomingSessionIds.push(session.id);
      await addSlots(session.id, sessionPapers, isPast);

      if (split) {
        const remoteStart = zonedInstant(addDayParts(date, 1), "12:00", PACIFIC);
        const remote = await db.session.create({
          data: {
            seriesId: testOfTime.id,
            seasonId: season.id,
            trackId: trackRow.id,
            pairedSessionId: session.id,
            title: `${track.name} (part ${i + 1}, remote section)`,
            startsAt: remoteStart,
            endsAt: new Date(remoteStart.getTime() + 90 * 60_000),
            timeZone: PACIFIC,
            isInPerson: false,
            isRemote: true,
            remoteUrl: `https://zoom.us/j/89${String(2000000000 + week).slice(0, 8)}`,
            recordingUrl: isPast ? `https://www.youtube.com/watch?v=${fakeVideoId(++video)}` : null,
            status: "PUBLISHED",
          },
        });
        if (!isPast) upcomingSessionIds.push(remote.id);
        await addSlots(remote.id, sessionPapers, isPast);
      }
    }
  }

  // ── Paper Club: weekly, Wednesday noon, 12 weeks back and 12 ahead ──
  const start = addDays(today, -12 * 7);
  const clubDates = weekly(pacificDay(start), WEDNESDAY, paperClubPapers.length);
  for (const [i, paper] of paperClubPapers.entries()) {
    const startsAt = zonedInstant(clubDates[i], "12:00", PACIFIC);
    const endsAt = new Date(startsAt.getTime() + 60 * 60_000);
    const isPast = endsAt.getTime() < now;
    const session = await db.session.create({
      data: {
        seriesId: paperClub.id,
        title: paper.title,
        startsAt,
        endsAt,
        timeZone: PACIFIC,
        isInPerson: false,
        isRemote: true,
        remoteUrl: "https://zoom.us/j/85500112233",
        recordingUrl: isPast ? `https://www.youtube.com/watch?v=${fakeVideoId(++video)}` : null,
        status: i === paperClubPapers.length - 3 ? "CANCELLED" : "PUBLISHED",
        cancelReason: i === paperClubPapers.length - 3 ? "Moved a week: the presenting author is travelling." : null,
      },
    });
    if (!isPast) upcomingSessionIds.push(session.id);
    const slot = await db.slot.create({
      data: { sessionId: session.id, paperId: paperOf(paper).id, position: 0, durationMinutes: 30 },
    });
    // Past and near sessions are presented by an author; later ones still need a speaker.
    if (isPast || rand() < 0.5) {
      claims.push({
        slotId: slot.id,
        userId: null,
        status: "APPROVED",
        inviteName: paper.authors[0],
        inviteAffiliation: "paper author",
        decidedById: organizer.id,
        decidedAt: addDays(startsAt, -10),
        createdAt: addDays(startsAt, -10),
      });
    }
  }

  await db.speakerClaim.createMany({ data: claims });

  // ── RSVPs: published upcoming sessions; the next Test of Time session is full with a waitlist ──
  const upcoming = await db.session.findMany({
    where: { id: { in: upcomingSessionIds }, status: "PUBLISHED" },
    orderBy: { startsAt: "asc" },
  });
  const firstInPerson = upcoming.find((s) => s.isInPerson);
  let rsvpCount = 0;
  for (const s of upcoming) {
    const attendees = members.slice(0, s === firstInPerson ? members.length : 12 + Math.floor(rand() * 20));
    for (const person of attendees) {
      const wantsSeat = s.isInPerson && (s === firstInPerson || rand() < 0.5);
      const mode = wantsSeat ? "IN_PERSON" : "REMOTE";
      // Sequential inserts: the trigger keeps sessions.in_person_confirmed, its CHECK the seats.
      const current = await db.session.findUniqueOrThrow({ where: { id: s.id }, select: { inPersonConfirmed: true, seats: true } });
      const full = mode === "IN_PERSON" && current.inPersonConfirmed >= (current.seats ?? 0);
      if (full) {
        await db.$executeRaw`INSERT INTO rsvps (session_id, user_id, mode, status, waitlist_seq, created_at)
          VALUES (${s.id}::uuid, ${person.id}::uuid, 'IN_PERSON', 'WAITLISTED', nextval('rsvps_waitlist_seq_seq'), ${today})`;
      } else {
        await db.rsvp.create({ data: { sessionId: s.id, userId: person.id, mode, status: "CONFIRMED", createdAt: today } });
      }
      rsvpCount++;
    }
  }
  // The demo member is going to the next in-person session (or remote when it is full).
  if (firstInPerson) {
    await db.rsvp.create({ data: { sessionId: firstInPerson.id, userId: member.id, mode: "REMOTE", status: "CONFIRMED", createdAt: today } });
    rsvpCount++;
  }

  // ── suggestions and votes ──
  const suggestionCount = await seedSuggestions(db, { member, speaker, organizer, members, pick, rand, today });

  // ── the first publication of each series (the draft final week came after it) ──
  for (const series of [testOfTime, paperClub]) await publishDemoSchedule(db, series.id, organizer.id, today);

  return {
    users: users.length,
    sessions: await db.session.count(),
    papers: papers.length,
    slots: await db.slot.count(),
    rsvps: rsvpCount,
    suggestions: suggestionCount,
  };

  async function addSlots(sessionId: string, sessionPapers: SeedPaper[], isPast: boolean) {
    for (const [position, paper] of sessionPapers.entries()) {
      const slot = await db.slot.create({
        data: { sessionId, paperId: paperOf(paper).id, position, durationMinutes: Math.floor(80 / sessionPapers.length) },
      });
      const roll = rand();
      // Past slots were all presented; upcoming ones: most taken, some pending, some open —
      // and the last paper of every upcoming session still needs a speaker.
      const lastOpen = !isPast && position === sessionPapers.length - 1;
      if (lastOpen) continue;
      if (isPast || roll < 0.55) {
        const presenter = position === 0 && !isPast && roll < 0.2 ? speaker : pick(presenters);
        claims.push({
          slotId: slot.id,
          userId: presenter.id,
          status: "APPROVED",
          decidedById: organizer.id,
          decidedAt: today,
          confirmedAt: today,
        });
      } else if (roll < 0.7) {
        claims.push({ slotId: slot.id, userId: pick(presenters).id, status: "PENDING", createdAt: today });
      }
    }
  }
}

/** Publishes what the seed wrote as version 1, as publishSchedule would, leaving drafts out. */
async function publishDemoSchedule(db: Db, seriesId: string, organizerId: string, today: Date) {
  const drafts = new Set((await db.session.findMany({ where: { seriesId, status: "DRAFT" }, select: { id: true } })).map((s) => s.id));
  const built = await buildSnapshot(db, seriesId);
  const snapshot = { ...built, sessions: built.sessions.filter((s) => !drafts.has(s.id)) };
  const changes = diffSnapshots(null, snapshot);
  const publishedAt = addDays(today, -30);
  const note = "The schedule is out. RSVP in person or remote, and claim a paper to present.";
  await db.publication.create({
    data: { seriesId, version: 1, note, snapshot, changes, publishedById: organizerId, publishedAt },
  });
  // Written as publishSchedule's entry would be (a typed event), backdated with the publication.
  const entry = auditEventSchema.parse({
    action: "schedule.published",
    targetType: "series",
    targetId: seriesId,
    data: { version: 1, changes: changes.length, note },
  });
  await db.auditLog.create({ data: { ...entry, actorId: organizerId, createdAt: publishedAt } });
}

function addDayParts(date: { y: number; m: number; d: number }, days: number) {
  const d = addDays(new Date(Date.UTC(date.y, date.m - 1, date.d)), days);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

async function seedSuggestions(
  db: Db,
  ctx: {
    member: { id: string };
    speaker: { id: string };
    organizer: { id: string };
    members: { id: string }[];
    pick: <T>(items: readonly T[]) => T;
    rand: () => number;
    today: Date;
  },
) {
  const tracks = await db.track.findMany();
  const trackBySlug = new Map(tracks.map((t) => [t.slug, t]));
  const ideas: {
    arxivId: string;
    title: string;
    authors: string[];
    year: number;
    track?: string;
    reason: string;
    status?: "ACCEPTED" | "DECLINED";
    declineReason?: string;
  }[] = [
    {
      arxivId: "1512.03385",
      title: "Deep Residual Learning for Image Recognition",
      authors: ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"],
      year: 2015,
      track: "foundations",
      reason: "Residual connections are in every transformer block; worth reading where they came from.",
      status: "ACCEPTED",
    },
    {
      arxivId: "1502.03167",
      title: "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift",
      authors: ["Sergey Ioffe", "Christian Szegedy"],
      year: 2015,
      track: "foundations",
      reason: "Normalization layers explained from the start, and why the original explanation was contested.",
    },
    {
      arxivId: "1607.06450",
      title: "Layer Normalization",
      authors: ["Jimmy Lei Ba", "Jamie Ryan Kiros", "Geoffrey E. Hinton"],
      year: 2016,
      reason: "The normalization transformers actually use.",
    },
    {
      arxivId: "1508.04025",
      title: "Effective Approaches to Attention-based Neural Machine Translation",
      authors: ["Minh-Thang Luong", "Hieu Pham", "Christopher D. Manning"],
      year: 2015,
      track: "before-llms",
      reason: "Global and local attention, right after Bahdanau: how attention settled into its modern shape.",
      status: "ACCEPTED",
    },
    {
      arxivId: "2004.05150",
      title: "Longformer: The Long-Document Transformer",
      authors: ["Iz Beltagy", "Matthew E. Peters", "Arman Cohan"],
      year: 2020,
      reason: "Long context before it was easy: sliding-window attention.",
    },
    {
      arxivId: "1803.03635",
      title: "The Lottery Ticket Hypothesis: Finding Sparse, Trainable Neural Networks",
      authors: ["Jonathan Frankle", "Michael Carbin"],
      year: 2018,
      reason: "Why do big networks train so well? A classic answer.",
      status: "DECLINED",
      declineReason: "A great paper, but this season has no pruning track; we are keeping it for the next one.",
    },
    {
      arxivId: "1611.01578",
      title: "Neural Architecture Search with Reinforcement Learning",
      authors: ["Barret Zoph", "Quoc V. Le"],
      year: 2016,
      reason: "Where AutoML started: an RNN controller designs networks.",
    },
    {
      arxivId: "2005.11401",
      title: "Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks",
      authors: ["Patrick Lewis", "Ethan Perez", "Aleksandra Piktus", "Fabio Petroni", "Vladimir Karpukhin", "Naman Goyal"],
      year: 2020,
      reason: "RAG is half of what people build today; a track of its own?",
    },
    {
      arxivId: "2104.09864",
      title: "RoFormer: Enhanced Transformer with Rotary Position Embedding",
      authors: ["Jianlin Su", "Yu Lu", "Shengfeng Pan", "Ahmed Murtadha", "Bo Wen", "Yunfeng Liu"],
      year: 2021,
      reason: "RoPE is in every modern LLM and few people know how it works.",
    },
  ];
  const existing = new Set((await db.paper.findMany({ select: { arxivId: true } })).map((p) => p.arxivId));
  let count = 0;
  const authors = [ctx.member, ctx.speaker, ...ctx.members.slice(0, 6)];
  for (const [i, idea] of ideas.entries()) {
    if (existing.has(idea.arxivId)) throw new Error(`seed suggestion ${idea.arxivId} is already on the schedule`);
    const paper = await db.paper.create({
      data: {
        canonicalId: `arxiv:${idea.arxivId}`,
        source: "ARXIV",
        arxivId: idea.arxivId,
        url: `https://arxiv.org/abs/${idea.arxivId}`,
        title: idea.title,
        authors: idea.authors,
        year: idea.year,
      },
    });
    const voters = ctx.members.slice(0, 3 + Math.floor(ctx.rand() * 25));
    await db.suggestion.create({
      data: {
        kind: "PAPER",
        paperId: paper.id,
        title: idea.title,
        reason: idea.reason,
        trackId: idea.track ? trackBySlug.get(idea.track)?.id : undefined,
        authorId: authors[i % authors.length].id,
        status: idea.status ?? "OPEN",
        declineReason: idea.declineReason,
        decidedById: idea.status ? ctx.organizer.id : undefined,
        decidedAt: idea.status ? ctx.today : undefined,
        createdAt: ctx.today,
        voteCount: voters.length,
        votes: { create: voters.map((v) => ({ userId: v.id })) },
      },
    });
    count++;
  }
  for (const topic of [
    { title: "Retrieval and RAG", reason: "Dense retrieval (DPR), RAG, ColBERT, and how long context changes the picture." },
    { title: "Interpretability", reason: "Circuits, superposition, sparse autoencoders: what is going on inside." },
  ]) {
    const voters = ctx.members.slice(5, 5 + Math.floor(ctx.rand() * 20));
    await db.suggestion.create({
      data: {
        kind: "TOPIC",
        title: topic.title,
        reason: topic.reason,
        authorId: ctx.pick(authors).id,
        createdAt: ctx.today,
        voteCount: voters.length,
        votes: { create: voters.map((v) => ({ userId: v.id })) },
      },
    });
    count++;
  }
  return count;
}
