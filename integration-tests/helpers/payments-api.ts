import { expect, type APIRequestContext } from "@playwright/test"
import { STRIPE_E2E } from "../playwright.config"
import { adminGet, adminPost } from "./admin-api"

/** The regions' payment providers, set as a coordinator would in the admin. */
export async function setRegionProviders(request: APIRequestContext, providers: string[]) {
  const { regions } = await adminGet(request, "/admin/regions?fields=id")
  for (const region of regions) await adminPost(request, `/admin/regions/${region.id}`, { payment_providers: providers })
}

/** What the (local fake) Stripe holds, asked with the platform's secret key. */
export async function stripeGet(request: APIRequestContext, path: string) {
  const res = await request.get(`http://127.0.0.1:${STRIPE_E2E.port}${path}`, { headers: { authorization: `Bearer ${STRIPE_E2E.secretKey}` } })
  expect(res.ok()).toBe(true)
  return res.json()
}
