import { expect, type APIRequestContext } from "@playwright/test"
import { REVALIDATE_SECRET } from "../playwright.config"
import { waitFor } from "./wait-for"

type Revalidation = { seq: number; at: string; tags: string[] }

const auth = { authorization: `Bearer ${REVALIDATE_SECRET}` }

/** The revalidations the storefront has received from Medusa so far (GET /api/revalidate, with the secret). */
export async function revalidations(request: APIRequestContext): Promise<Revalidation[]> {
  const res = await request.get("/api/revalidate", { headers: auth })
  expect(res.status()).toBe(200)
  return (await res.json()).revalidations
}

/** The number of the last revalidation received: changes made after it are looked for past it. */
export async function lastRevalidation(request: APIRequestContext): Promise<number> {
  return (await revalidations(request)).at(-1)?.seq ?? 0
}

/**
 * Waits until Medusa's subscriber has told the storefront that `tag` changed (after `since`).
 * The one poll of the freshness journeys: the event → subscriber → POST /api/revalidate hop runs
 * after Medusa has answered the write. It fails on timeout; the page is then viewed once.
 */
export async function revalidated(request: APIRequestContext, tag: string, since: number): Promise<Revalidation> {
  return waitFor(`the storefront to be told that ${tag} changed`, async () =>
    (await revalidations(request)).find((r) => r.seq > since && r.tags.includes(tag))
  )
}

/** How Next answered a page: HIT when it came from the cache. */
export async function cacheStatus(request: APIRequestContext, path: string): Promise<string | undefined> {
  const res = await request.get(path)
  expect(res.status()).toBe(200)
  return res.headers()["x-nextjs-cache"]
}
