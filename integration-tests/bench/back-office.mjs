// Back-office pages for bench:web (issue 13: "/bottega, /logistica and account stay dynamic but must not be
// slower than today"). Each role signs in through the storefront's own login form (Playwright, Debian's
// Chromium), and autocannon then asks for the role's main page and one detail page with that session's
// cookie, as a browser asks for a document. Before measuring, every page is checked to be dynamic: a second
// person of the same role gets their own main page, and a visitor without the cookie gets no page at all.
import { chromium } from "@playwright/test"

const PASSWORD = "buonvivere"
// A browser's document request: the storefront's server starts the page's scripts after the first paint
// only for `Accept: text/html` (src/serve/document-request.mjs), and Next compresses only on request.
export const DOCUMENT_HEADERS = { accept: "text/html,application/xhtml+xml", "accept-encoding": "gzip, deflate" }

/**
 * The demo district's logins (backend/src/scripts/demo-district, seed/round-orders.ts) and what each one's
 * main page names: `shows` is the person's own data the second person of the role must not see.
 */
export const ROLES = [
  {
    role: "maker",
    login: { path: "/bottega", button: "Accedi alla bottega", cookie: "rbv_vendor_token" },
    first: { email: "forno@sannazaro.demo", shows: "Forno San Nazaro" },
    second: { email: "miele@torricelle.demo", shows: "Torricelle" },
    main: "/bottega",
    // The maker's order list.
    detail: async () => "/bottega/ordini",
  },
  {
    role: "volunteer",
    login: { path: "/logistica/accesso", button: "Accedi alla logistica", cookie: "rbv_volunteer_token" },
    first: { email: "giro@retebuonvivere.demo", shows: "Marta Bellini" },
    second: { email: "logistica@retebuonvivere.demo", shows: "Paolo Zanetti" },
    main: "/logistica",
    // The run sheet of the first round the rider's page links to.
    detail: async (mainHtml) => {
      const id = mainHtml.match(/\/logistica\/giri\/([A-Za-z0-9_]+)/)?.[1]
      if (!id) throw new Error("back office: /logistica links to no round")
      return `/logistica/giri/${id}/foglio`
    },
  },
  {
    role: "resident",
    login: { path: "/account/accesso", button: "Accedi", cookie: "rbv_customer_token" },
    first: { email: "youssef.elamrani@residenti.demo", shows: "youssef.elamrani@residenti.demo" },
    second: { email: "sofia.bertoldi@residenti.demo", shows: "sofia.bertoldi@residenti.demo" },
    // The account page is the resident's order list (the demo's residents with a login have no order before
    // the round closes); the detail is Youssef's weekly basket (seed/baskets.ts), which names his door.
    main: "/account",
    detail: async () => "/account/spesa-fissa",
    detailShows: "Via Santa Toscana 9",
  },
]

/** Signs `email` in through the login form at `storefront + login.path`; resolves with the session's `Cookie` header. */
async function signIn(browser, storefront, login, email) {
  const context = await browser.newContext({ baseURL: storefront })
  try {
    const page = await context.newPage()
    await page.goto(login.path)
    const main = page.getByRole("main")
    await main.getByLabel("Email", { exact: true }).fill(email)
    await main.getByLabel("Password", { exact: true }).fill(PASSWORD)
    await main.getByRole("button", { name: login.button, exact: true }).click()
    for (const until = Date.now() + 30_000; Date.now() < until; ) {
      const cookie = (await context.cookies()).find((c) => c.name === login.cookie)
      if (cookie) return `${cookie.name}=${cookie.value}`
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error(`back office: ${email} got no ${login.cookie} cookie from ${storefront}${login.path}`)
  } finally {
    await context.close()
  }
}

async function document(url, cookie) {
  const res = await fetch(url, { headers: { ...DOCUMENT_HEADERS, ...(cookie ? { cookie } : {}) }, redirect: "manual" })
  return { status: res.status, html: await res.text() }
}

/**
 * Signs both people of every role in on `storefront`, checks that the pages are each visitor's own, and
 * resolves with the targets to measure: [{ name, url, headers }] (the first person's session), or
 * [{ name, missing: true }] for a detail page the storefront does not have (404).
 */
export async function backOfficeTargets(storefront) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--disable-gpu", "--no-first-run"] })
  const targets = []
  try {
    for (const r of ROLES) {
      const [a, b] = [await signIn(browser, storefront, r.login, r.first.email), await signIn(browser, storefront, r.login, r.second.email)]
      const mainA = await document(storefront + r.main, a)
      const mainB = await document(storefront + r.main, b)
      // Dynamic, no shared cache: each person sees their own page, not the one asked for before theirs.
      const own = (page, mine, theirs) => page.status === 200 && page.html.includes(mine.shows) && !page.html.includes(theirs.shows)
      if (!own(mainA, r.first, r.second) || !own(mainB, r.second, r.first)) {
        throw new Error(`back office: ${r.main} is not each ${r.role}'s own (${mainA.status}/${mainB.status}; "${r.first.shows}" / "${r.second.shows}")`)
      }
      const detail = await r.detail(mainA.html)
      for (const [path, shows] of [[r.main, r.first.shows], [detail, r.detailShows ?? r.first.shows]]) {
        const mine = await document(storefront + path, a)
        // A storefront from before a page existed (--compare, an older checkout) measures the others.
        if (mine.status === 404 && path !== r.main) {
          targets.push({ name: `${r.role} ${path}`, missing: true })
          continue
        }
        if (mine.status !== 200 || !mine.html.includes(shows)) throw new Error(`back office: ${path} as ${r.first.email}: ${mine.status}, without "${shows}"`)
        // ...and nobody else's copy of it reaches a visitor without the cookie.
        const guest = await document(storefront + path, null)
        if (guest.status === 200 && guest.html.includes(shows)) throw new Error(`back office: ${path} shows ${r.first.email}'s page to a visitor without a session`)
        targets.push({ name: `${r.role} ${path === r.main ? path : path.replace(/\/[A-Za-z0-9_]{20,}/, "/:id")}`, url: storefront + path, headers: { ...DOCUMENT_HEADERS, cookie: a } })
      }
    }
  } finally {
    await browser.close()
  }
  return targets
}
