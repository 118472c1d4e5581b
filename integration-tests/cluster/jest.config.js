// The cluster test: `npm run start:cluster`'s set-up (two servers, a worker, Redis, an S3 store)
// started from the production build that the browser journeys made just before.
const base = require("../jest.config.js")

module.exports = {
  ...base,
  rootDir: "..",
  testMatch: ["<rootDir>/cluster/**/*.spec.[jt]s"],
  setupFiles: [],
  testTimeout: 600_000,
}
