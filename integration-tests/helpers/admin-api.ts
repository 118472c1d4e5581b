import type { APIRequestContext } from "@playwright/test"
import { coordinator } from "../../backend/src/scripts/demo-district/coordinators"
import { medusaUrl } from "../e2e/marketplace"

/** What Medusa itself holds, asked as the coordinators would, to check what a page showed. */
export async function adminGet(request: APIRequestContext, path: string) {
  const login = await request.post(`${medusaUrl()}/auth/user/emailpass`, { data: { email: coordinator.email, password: coordinator.password } })
  const { token } = await login.json()
  const res = await request.get(`${medusaUrl()}${path}`, { headers: { authorization: `Bearer ${token}` } })
  if (!res.ok()) throw new Error(`GET ${path}: ${res.status()}`)
  return res.json()
}

/** A coordinator's write, as the admin pages make it. */
export async function adminPost(request: APIRequestContext, path: string, data: unknown) {
  const login = await request.post(`${medusaUrl()}/auth/user/emailpass`, { data: { email: coordinator.email, password: coordinator.password } })
  const { token } = await login.json()
  const res = await request.post(`${medusaUrl()}${path}`, { data, headers: { authorization: `Bearer ${token}` } })
  if (!res.ok()) throw new Error(`POST ${path}: ${res.status()}`)
  return res.json()
}
