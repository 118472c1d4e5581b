/** @type {import("jest").Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src"],
  testMatch: ["**/__tests__/**/*.unit.spec.ts"],
  // @rbv/kit's modules shared with the browser ship as ES modules (.mjs).
  transform: {
    "^.+\\.(t|j)sx?$|^.+\\.mjs$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", tsx: true }, target: "es2022" } }],
  },
  // use-intl (ICU messages) and the formatjs parts it uses ship as ES modules only.
  transformIgnorePatterns: ["/node_modules/(?!(use-intl|intl-messageformat|@formatjs|icu-minify)/)"],
  moduleNameMapper: {
    "^@/(.*)$": "<rootDir>/src/$1",
    "^@messages/(.*)$": "<rootDir>/messages/$1",
    "^server-only$": "<rootDir>/src/lib/util/__mocks__/server-only.js",
  },
}
