import { StorefrontTags } from "./cache-tags"

export { StorefrontTags }

type Logger = { warn(message: string): void }
type Query = {
  graph(args: { entity: string; fields: string[]; filters?: Record<string, unknown>; withDeleted?: boolean }): Promise<{ data: any[] }>
}

const T = StorefrontTags
const handlesOf = (rows: { handle?: string | null }[]) => rows.map((r) => r?.handle).filter((h): h is string => Boolean(h))

/**
 * What to revalidate when these products changed: every list, and each product's page (by its
 * handle, deleted products included); every product page when none can be found any more.
 */
export async function productTags(query: Query, productIds: string[]): Promise<string[]> {
  const ids = [...new Set(productIds.filter(Boolean))]
  const { data } = ids.length ? await query.graph({ entity: "product", fields: ["handle"], filters: { id: ids }, withDeleted: true }) : { data: [] }
  const handles = handlesOf(data)
  return handles.length ? [T.products, ...handles.map(T.product)] : [T.products, T.productDetails]
}

/** When these makers changed: the makers' pages and lists, and every page of their products. */
export async function vendorTags(query: Query, vendorIds: string[]): Promise<string[]> {
  const ids = [...new Set(vendorIds.filter(Boolean))]
  if (!ids.length) return []
  const { data } = await query.graph({ entity: "vendor", fields: ["handle", "products.handle"], filters: { id: ids } })
  return [
    T.vendors,
    T.products,
    ...handlesOf(data).map(T.vendor),
    ...handlesOf(data.flatMap((v) => v.products ?? [])).map(T.product),
  ]
}
/** `againMs`: when to expire the same tags once more (below); tests shorten it. */
type Settings = { url: string; secret: string; againMs?: number }

/** STOREFRONT_URL + STOREFRONT_REVALIDATE_SECRET, or null: a Medusa without a storefront to tell. */
export function revalidationSettings(env: NodeJS.ProcessEnv = process.env): Settings | null {
  const base = env.STOREFRONT_REVALIDATE_URL || (env.STOREFRONT_URL ? `${env.STOREFRONT_URL.replace(/\/$/, "")}/api/revalidate` : "")
  const secret = env.STOREFRONT_REVALIDATE_SECRET
  return base && secret ? { url: base, secret } : null
}

const BATCH_MS = 15
const TRIES = 3
// Next stamps a cached page when it is stored, not when its render began: a page whose render read
// the old data before the expiry and was stored after it passes for fresh until the next change of
// its tags. The same tags are expired once more, after the longest page render.
const AGAIN_MS = 3000
let pending = new Set<string>()
let flushing: Promise<void> | null = null
let timer: ReturnType<typeof setTimeout> | null = null
const again = new Set<ReturnType<typeof setTimeout>>()

function expireAgain(settings: Settings, tags: string[], logger?: Logger): void {
  const t = setTimeout(() => {
    again.delete(t)
    void post(settings, tags, logger)
  }, settings.againMs ?? AGAIN_MS)
  t.unref?.()
  again.add(t)
}

async function post(settings: Settings, tags: string[], logger?: Logger): Promise<void> {
  for (let attempt = 1; attempt <= TRIES; attempt++) {
    try {
      const res = await fetch(settings.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${settings.secret}` },
        body: JSON.stringify({ tags }),
        signal: AbortSignal.timeout(5000),
      })
      if (res.ok) return
      // 4xx: retrying would change nothing (wrong secret, bad tag)
      if (res.status < 500) return logger?.warn(`storefront revalidation refused (${res.status}) for ${tags.join(", ")}`)
    } catch (e) {
      if (attempt === TRIES) logger?.warn(`storefront revalidation failed for ${tags.join(", ")}: ${(e as Error).message}`)
    }
    await new Promise((r) => setTimeout(r, 200 * attempt))
  }
}

/**
 * Tells the storefront that what these tags show has changed, so its next page view renders it
 * afresh. Tags of the same moment (one save fires several events) go in one request, sent again
 * a few seconds later; resolves once the storefront has been told the first time (or given up on:
 * it logs and never throws, a subscriber's write is already saved). Without settings it does nothing.
 */
export function revalidateStorefront(tags: Iterable<string>, logger?: Logger, settings = revalidationSettings()): Promise<void> {
  if (!settings) return Promise.resolve()
  for (const tag of tags) pending.add(tag)
  if (!pending.size) return Promise.resolve()
  flushing ??= new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      const batch = [...pending]
      pending = new Set()
      flushing = null
      timer = null
      post(settings, batch, logger).then(resolve)
      expireAgain(settings, batch, logger)
    }, BATCH_MS)
  })
  return flushing
}

/** For tests: forget what is waiting to be sent. */
export function resetStorefrontRevalidation(): void {
  if (timer) clearTimeout(timer)
  for (const t of again) clearTimeout(t)
  again.clear()
  pending = new Set()
  flushing = null
  timer = null
}
