// jest's worker sends a failed test's errors to the parent as JSON: an error whose own properties hold a
// cycle ({res: {req: …}}, an assertion's `matcherResult` on such a value) kills the worker with
// "Converting circular structure to JSON", and the real failure never reaches the log.
const travels = (e) => {
  try {
    JSON.stringify(e)
    return true
  } catch {
    return false
  }
}

/** `e` itself when it can travel as JSON, else a plain Error with its message and stack. */
function travelling(e) {
  if (!e || typeof e !== "object" || travels(e)) return e
  const error = new Error(String(e.message ?? e))
  error.stack = e.stack ?? error.stack
  return error
}

module.exports = { travelling }
