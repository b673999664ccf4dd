import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    ignores: [
      "lib/db/generated/**", ".next/**", ".next-*/**", ".data/**", "node_modules/**",
      "test-results/**", "playwright-report/**", "next-env.d.ts", ".scratch/**",
    ],
  },
];
export default config;
