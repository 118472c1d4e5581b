import type { APIRequestContext } from "@playwright/test"
import { MEDUSA_URL } from "../playwright.config"
import { adminGet } from "./admin-api"

/** What Medusa answers a signed-in resident (as the storefront asks it), to check what a page showed. */
export async function residentGet(request: APIRequestContext, login: { email: string; password: string }, path: string) {
  const { api_keys } = await adminGet(request, "/admin/api-keys?type=publishable&fields=token,revoked_at&limit=20")
  const key = api_keys.find((k: { revoked_at: string | null }) => !k.revoked_at)
  const auth = await request.post(`${MEDUSA_URL}/auth/customer/emailpass`, { data: login })
  const { token } = await auth.json()
  const res = await request.get(`${MEDUSA_URL}${path}`, { headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": key.token } })
  if (!res.ok()) throw new Error(`GET ${path}: ${res.status()}`)
  return res.json()
}
