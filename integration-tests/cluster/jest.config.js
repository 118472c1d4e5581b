// The cluster test: `npm run start:cluster`'s set-up (two servers, a worker, Redis, an S3 store)
// started from the production build that the browser journeys made just before. It needs none of
// the HTTP specs' set-up (no in-process Medusa, no district template): start.mjs seeds its own.
const { transform, testEnvironment, moduleFileExtensions, modulePathIgnorePatterns } = require("../jest.config.js")

module.exports = {
  transform,
  testEnvironment,
  moduleFileExtensions,
  modulePathIgnorePatterns,
  rootDir: "..",
  testMatch: ["<rootDir>/cluster/**/*.spec.[jt]s"],
  testTimeout: 600_000,
}
