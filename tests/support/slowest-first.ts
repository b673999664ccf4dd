// Vitest's order of test files: the slowest first, so that the two workers finish together
// instead of one starting a long file when the other is nearly done. Vitest sorts by the last
// run's durations when it has them (node_modules/.vite/vitest/results.json), but a fresh
// checkout (CI) has none, and then it starts the largest files first: the authorization
// matrix's files are 14 lines long and would start last. Measured durations, slowest first
// (docs/decisions/024-a-faster-suite.md); files not listed follow in Vitest's own order.
import { BaseSequencer, type TestSpecification } from "vitest/node";

export const SLOWEST_FIRST = [
  "tests/integration/rsvp-concurrency.test.ts",
  "tests/integration/authorization-matrix.test.ts",
  "tests/integration/authorization-matrix-schedule.test.ts",
  "tests/integration/suggestions.test.ts",
  "tests/integration/faults.test.ts",
  "tests/integration/request-fuzz.test.ts",
  "tests/integration/authorization-matrix-reads.test.ts",
  "tests/integration/rsvp-model.test.ts",
  "tests/integration/sign-in-callback-urls.test.ts",
];

export class SlowestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const i = SLOWEST_FIRST.findIndex((slow) => file.moduleId.endsWith(`/${slow}`));
      return i === -1 ? SLOWEST_FIRST.length : i;
    };
    // Array.prototype.sort is stable: unlisted files keep Vitest's order among themselves.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
