// How soon a maker's new name reaches its cached product page while the page is being rendered again
// and again: against a running marketplace (`npm start`), renames the maker `--renames` times while
// `--clients` clients keep requesting the product page, and polls it every 100 ms for 7 s after each
// rename. A rename that never shows is a page stored by a render begun before the change (Next dates
// a cached page when it is stored): the second revalidation 3 s later is what catches those.
import { arg } from "./args.mjs"

const medusa = arg("medusa", "http://localhost:9000")
const storefront = arg("storefront", "http://localhost:8000")
const email = arg("email", "libreria@iltorchio.demo")
const product = arg("product", "/prodotti/quaderno-cucito-mano")
const renames = Number(arg("renames", 50))
const clients = Number(arg("clients", 4))
const POLL_MS = 100
const GIVE_UP_MS = 7000
const SPACING_MS = 5000

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const page = () => fetch(storefront + product, { headers: { accept: "text/html" } }).then((r) => r.text())

const login = await fetch(`${medusa}/auth/vendor/emailpass`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ email, password: arg("password", "buonvivere") }),
})
if (!login.ok) throw new Error(`vendor login ${email}: ${login.status}`)
const { token } = await login.json()
const rename = async (name) => {
  const res = await fetch(`${medusa}/vendor/me`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ name }),
  })
  if (!res.ok) throw new Error(`rename: ${res.status} ${await res.text()}`)
}

let stop = false
const hammers = Array.from({ length: clients }, async () => {
  while (!stop) await page().catch(() => {})
})

const shownAfter = []
for (let i = 0; i < renames; i++) {
  const name = `Bottega prova ${Date.now().toString(36)}`
  const t0 = Date.now()
  await rename(name)
  let shown = null
  while (Date.now() - t0 < GIVE_UP_MS) {
    if ((await page()).includes(name)) {
      shown = Date.now() - t0
      break
    }
    await sleep(POLL_MS)
  }
  shownAfter.push(shown)
  await sleep(Math.max(0, SPACING_MS - (Date.now() - t0)))
}
stop = true
await Promise.all(hammers)

const shown = shownAfter.filter((ms) => ms !== null).sort((a, b) => a - b)
const at = (q) => shown[Math.min(shown.length - 1, Math.floor(q * shown.length))]
console.log(JSON.stringify({ renames, clients, never_shown: renames - shown.length, p50_ms: at(0.5), max_ms: shown.at(-1), after_2s: shown.filter((ms) => ms > 2000).length }))
