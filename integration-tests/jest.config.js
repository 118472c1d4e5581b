module.exports = {
  transform: {
    "^.+\\.[jt]s$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2021" } }],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "/.medusa/"],
  testMatch: ["<rootDir>/http/**/*.spec.[jt]s"],
  setupFiles: ["<rootDir>/helpers/setup.js"],
  testTimeout: 180_000,
}
