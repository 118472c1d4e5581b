const { TestEnvironment } = require("jest-environment-node")
const { travelling } = require("./travelling-error")

/**
 * jest's node environment, where a failed test's errors are made fit to travel before jest reports them.
 * plain-errors.js does it for what tests and hooks throw; an error thrown elsewhere while a test runs (a
 * subscriber's or a request's promise nobody awaited) is added to the test by jest itself: seen in a card
 * spec under load, the worker died and the file's failure was «4 child process exceptions».
 */
class TravellingErrorsEnvironment extends TestEnvironment {
  async handleTestEvent(event) {
    if (event.name !== "test_done") return
    // jest keeps [error, asyncError] pairs or single errors
    event.test.errors = event.test.errors.map((e) => (Array.isArray(e) ? e.map(travelling) : travelling(e)))
  }
}

module.exports = TravellingErrorsEnvironment
