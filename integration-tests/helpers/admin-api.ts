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

/**
 * The newest e-mail of `template` to `to` that the demo's outbox kept (no SMTP in the journeys), as
 * HTML, once it is there: polled for up to 20 s, then a failure.
 */
export async function outboxMail(request: APIRequestContext, to: string, template: string): Promise<string> {
  const login = await request.post(`${MEDUSA_URL}/auth/user/emailpass`, { data: { email: coordinator.email, password: coordinator.password } })
  const headers = { authorization: `Bearer ${(await login.json()).token}` }
  const end = Date.now() + 20_000
  for (;;) {
    const { mails } = await (await request.get(`${MEDUSA_URL}/admin/mail-outbox`, { headers })).json()
    const mail = (mails as { id: string; to: string; template: string | null }[]).find((m) => m.to === to && m.template === template)
    if (mail) return (await request.get(`${MEDUSA_URL}/admin/mail-outbox/${mail.id}`, { headers })).text()
    if (Date.now() > end) throw new Error(`no "${template}" e-mail to ${to} in the outbox after 20 s`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
