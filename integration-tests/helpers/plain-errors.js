// A test that fails on an HTTP answer throws axios's error, whose request and response point at each
// other: jest's worker then cannot send the result back ("Converting circular structure to JSON"),
// the worker dies and jest re-runs the whole file — a real failure is hidden behind a green re-run.
// Tests and hooks rethrow such errors as plain ones that still carry what tests read (status, data);
// any other error that cannot travel as JSON as its message and stack (travelling-error.js; what jest
// adds to a test by itself is mended in environment.js).
const { travelling } = require("./travelling-error")

const plain = (e) => {
  if (!e || typeof e !== "object") return e
  if (!e.isAxiosError) return travelling(e)
  const method = e.config?.method?.toUpperCase() ?? "?"
  const status = e.response?.status ?? e.code
  const body = e.response ? JSON.stringify(e.response.data)?.slice(0, 2000) : e.message
  const error = new Error(`${method} ${e.config?.url}: ${status} ${body}`)
  error.stack = `${error.message}\n${(e.stack ?? "").split("\n").slice(1).join("\n")}`
  if (e.response) error.response = { status: e.response.status, data: e.response.data }
  return error
}

const guard = (fn) =>
  typeof fn !== "function" || fn.length > 0
    ? fn // a callback-style test (done): left as it is
    : async function (...args) {
        try {
          return await fn.apply(this, args)
        } catch (e) {
          throw plain(e)
        }
      }

for (const name of ["it", "test", "beforeAll", "beforeEach", "afterEach", "afterAll"]) {
  const original = global[name]
  if (typeof original !== "function") continue
  const wrapped = name.endsWith("All") || name.endsWith("Each")
    ? (fn, timeout) => original(guard(fn), timeout)
    : (title, fn, timeout) => original(title, guard(fn), timeout)
  global[name] = Object.assign(wrapped, original)
}
