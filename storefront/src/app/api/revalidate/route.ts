import { timingSafeEqual } from "node:crypto"
import { revalidateTag } from "next/cache"
import type { NextRequest } from "next/server"
import { z } from "zod"
import { recentRevalidations, recordRevalidation } from "@/lib/revalidation-log"

// Words of @rbv/kit's storefront-revalidation.ts (and lib/data/cache-tags.ts): a name, or a
// name and one resource key (`product:pane-di-segale`).
const tag = z.string().max(256).regex(/^[a-z-]+(:[^\s]{1,200})?$/, "tags: each tag is a name or name:key")
const body = z.object({ tags: z.array(tag).min(1, "tags: at least one").max(500, "tags: at most 500") }).strict()

function authorised(request: NextRequest): boolean | null {
  const secret = process.env.STOREFRONT_REVALIDATE_SECRET
  if (!secret) return null
  const given = request.headers.get("authorization")?.replace(/^Bearer /, "") ?? ""
  const a = Buffer.from(given)
  const b = Buffer.from(secret)
  return a.length === b.length && timingSafeEqual(a, b)
}

function refuse(ok: boolean | null): Response | null {
  if (ok === null) return Response.json({ message: "revalidation is not configured (STOREFRONT_REVALIDATE_SECRET)" }, { status: 503 })
  if (!ok) return Response.json({ message: "authorization: wrong or missing revalidation secret" }, { status: 401 })
  return null
}

/**
 * Medusa's subscribers call this the moment a change is saved: every cached page and read that
 * carries one of the tags is expired at once, so the very next request renders it afresh
 * (`expire: 0`: nobody is served the stale page while it re-renders).
 */
export async function POST(request: NextRequest): Promise<Response> {
  const refused = refuse(authorised(request))
  if (refused) return refused
  const parsed = body.safeParse(await request.json().catch(() => null))
  if (!parsed.success) return Response.json({ message: parsed.error.issues[0]?.message ?? "tags: required" }, { status: 400 })
  const tags = [...new Set(parsed.data.tags)]
  for (const t of tags) revalidateTag(t, { expire: 0 })
  return Response.json({ revalidated: recordRevalidation(tags) })
}

/** The last revalidations received (same secret): lets a test or an operator see Medusa's calls arrive. */
export async function GET(request: NextRequest): Promise<Response> {
  const refused = refuse(authorised(request))
  if (refused) return refused
  return Response.json({ revalidations: recentRevalidations() }, { headers: { "cache-control": "no-store" } })
}
