import type { APIRequestContext } from "@playwright/test"
import { coordinator } from "../../backend/src/scripts/demo-district/coordinators"
import { MEDUSA_URL } from "../playwright.config"

/** What Medusa itself holds, asked as the coordinators would, to check what a page showed. */
export async function adminGet(request: APIRequestContext, path: string) {
  const login = await request.post(`${MEDUSA_URL}/auth/user/emailpass`, { data: { email: coordinator.email, password: coordinator.password } })
  const { token } = await login.json()
  const res = await request.get(`${MEDUSA_URL}${path}`, { headers: { authorization: `Bearer ${token}` } })
  if (!res.ok()) throw new Error(`GET ${path}: ${res.status()}`)
  return res.json()
}

/** A coordinator's write, as the admin pages make it. */
export async function adminPost(request: APIRequestContext, path: string, data: unknown) {
  const login = await request.post(`${MEDUSA_URL}/auth/user/emailpass`, { data: { email: coordinator.email, password: coordinator.password } })
  const { token } = await login.json()
  const res = await request.post(`${MEDUSA_URL}${path}`, { data, headers: { authorization: `Bearer ${token}` } })
  if (!res.ok()) throw new Error(`POST ${path}: ${res.status()}`)
  return res.json()
}
