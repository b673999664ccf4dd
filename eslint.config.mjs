import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// One clock (lib/time/clock.ts): "now" is appNow(), which TEST_TODAY moves under the test suite, or
// systemNow() where the world outside must agree (cookie expiry, elapsed time).
const clockMessage =
  "Use appNow() from lib/time/clock.ts (TEST_TODAY moves it in tests), or systemNow() for expiry the browser checks and elapsed time.";
const oneClock = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: clockMessage },
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: clockMessage },
];

const config = [
  ...next,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // A control character in a regular expression is a mistake unless said so (lib/validation/fields.ts says so).
      "no-control-regex": "error",
      "no-restricted-syntax": ["error", ...oneClock],
    },
  },
  {
    // Dates are shown in a zone through lib/time (docs/architecture.md, convention 13): cutting the
    // date out of an ISO string gives the UTC date, the next day for an evening in California.
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/time/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...oneClock,
        {
          selector: "CallExpression[callee.property.name=/^(slice|substring|substr)$/][arguments.0.value=0][arguments.1.value=10]",
          message:
            "Do not cut a date out of an ISO string: format the instant with lib/time (formatDay, formatDate, dayKey) in the session's or the reader's zone.",
        },
        {
          selector:
            "CallExpression[callee.property.name=/^(slice|substring|substr|split)$/][callee.object.callee.property.name=/^(toISOString|toJSON)$/]",
          message: "Do not cut a date out of toISOString(): format the instant with lib/time in the session's or the reader's zone.",
        },
      ],
    },
  },
  {
    // Internal links go through components/ui/link.tsx: no prefetching (decision 020).
    files: ["app/**", "components/**"],
    ignores: ["components/ui/link.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "next/link", message: "Import Link from @/components/ui/link.tsx (no prefetching, decision 020)." }] },
      ],
    },
  },
  {
    files: ["lib/time/**", "bench/**"],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    ignores: [
      "lib/db/generated/**",
      ".next/**",
      ".next-*/**",
      ".data/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      ".scratch/**",
    ],
  },
];
export default config;
