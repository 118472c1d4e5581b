module.exports = {
  transform: {
    "^.+\\.[jt]s$": [
      "@swc/jest",
      // ignoreDynamic keeps import() as is, so the plugins can load ESM-only packages (file-type)
      // the way Node does (this runner has --experimental-vm-modules).
      { jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2021" }, module: { type: "commonjs", ignoreDynamic: true } },
    ],
  },
  testEnvironment: "<rootDir>/helpers/environment.js",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "/.medusa/"],
  testMatch: ["<rootDir>/http/**/*.spec.[jt]s"],
  setupFiles: ["<rootDir>/helpers/setup.js"],
  setupFilesAfterEnv: ["<rootDir>/helpers/plain-errors.js", "<rootDir>/helpers/bounded-teardown.js"],
  globalSetup: "<rootDir>/helpers/global-setup.js",
  globalTeardown: "<rootDir>/helpers/global-teardown.js",
  testSequencer: "<rootDir>/helpers/sequencer.js",
  testTimeout: 180_000,
  // Each spec boots a whole Medusa app inside the worker and some of it outlives the file: a worker
  // that ran ~19 of them reached V8's 4 GB heap and died (CI, 37 files on two workers). A worker
  // above this after a file is replaced by a fresh one.
  workerIdleMemoryLimit: "1.5GB",
}
