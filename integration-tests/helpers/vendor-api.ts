import type { APIRequestContext } from "@playwright/test"
import { MEDUSA_URL } from "../playwright.config"
import { applicationOf } from "./vendors"

async function vendorHeaders(request: APIRequestContext, email: string) {
  const login = await request.post(`${MEDUSA_URL}/auth/vendor/emailpass`, { data: { email, password: "buonvivere" } })
  const { token } = await login.json()
  return { authorization: `Bearer ${token}` }
}

/** A maker's write through the vendor API, for setting up what a journey starts from. */
export async function vendorPost(request: APIRequestContext, email: string, path: string, data: unknown) {
  const res = await request.post(`${MEDUSA_URL}${path}`, { data, headers: await vendorHeaders(request, email) })
  if (!res.ok()) throw new Error(`POST ${path}: ${res.status()} ${await res.text()}`)
  return res.json()
}

/** A maker's read through the vendor API, to check what a page did for that maker. */
export async function vendorGet(request: APIRequestContext, email: string, path: string) {
  const res = await request.get(`${MEDUSA_URL}${path}`, { headers: await vendorHeaders(request, email) })
  if (!res.ok()) throw new Error(`GET ${path}: ${res.status()} ${await res.text()}`)
  return res.json()
}

/**
 * A new workshop registers and applies (pending until a coordinator decides), as the storefront's sign-up does;
 * its name is `what` and a stamp, so that each run (and a rerun on the same marketplace) has a shop of its own.
 */
export async function applyAsMaker(request: APIRequestContext, what: string) {
  const name = `${what} ${Date.now().toString(36)}`
  const handle = name.toLowerCase().replace(/[^a-z0-9]+/g, "-")
  const email = `${handle}@bottega.demo`
  const reg = await request.post(`${MEDUSA_URL}/auth/vendor/emailpass/register`, { data: { email, password: "buonvivere" } })
  const { token } = await reg.json()
  const res = await request.post(`${MEDUSA_URL}/vendor/applications`, {
    headers: { authorization: `Bearer ${token}` },
    data: applicationOf(handle, name),
  })
  if (!res.ok()) throw new Error(`POST /vendor/applications: ${res.status()} ${await res.text()}`)
  const { vendor } = await res.json()
  return { vendor: vendor as { id: string; name: string; handle: string }, email }
}
