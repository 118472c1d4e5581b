module.exports = {
  transform: {
    "^.+\\.m?[jt]s$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2021" } }],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "mts", "json"],
  // The browser modules (.mts, built to .mjs) import each other by their built name.
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.mjs$": "$1.mts" },
  modulePathIgnorePatterns: ["<rootDir>/dist/"],
  testMatch: ["<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s"],
}
