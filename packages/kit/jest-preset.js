// The unit tests of a plugin built on the kit (`preset: "@rbv/kit"` in its jest.config.js):
// TypeScript through SWC with Medusa's decorators, `src/**/__tests__/**/*.unit.spec.ts`, never the build.
module.exports = {
  transform: {
    "^.+\\.[jt]s$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2021" } }],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  testMatch: ["<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s"],
}
