import type { APIRequestContext } from "@playwright/test"
import { MEDUSA_URL } from "../playwright.config"

/** A maker's write through the vendor API, for setting up what a journey starts from. */
export async function vendorPost(request: APIRequestContext, email: string, path: string, data: unknown) {
  const login = await request.post(`${MEDUSA_URL}/auth/vendor/emailpass`, { data: { email, password: "buonvivere" } })
  const { token } = await login.json()
  const res = await request.post(`${MEDUSA_URL}${path}`, { data, headers: { authorization: `Bearer ${token}` } })
  if (!res.ok()) throw new Error(`POST ${path}: ${res.status()} ${await res.text()}`)
  return res.json()
}
