// Jest for @rbv/delivery-rounds, shaped like Medusa's starter: TEST_TYPE picks the suites.
// Unset or "unit" runs the pure unit tests (route planner etc.), as every plugin of the network
// runs them (packages/kit/jest-preset.js).
module.exports = { preset: "@rbv/kit" }

if (process.env.TEST_TYPE === "integration:modules") {
  module.exports.testMatch = ["**/src/modules/*/__tests__/**/*.spec.[jt]s"]
} else {
  module.exports.testMatch = ["**/src/**/__tests__/**/*.unit.spec.[jt]s"]
}
