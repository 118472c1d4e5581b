import "server-only"
import { StorefrontTags } from "@rbv/kit/cache-tags"

/**
 * Tags of the catalogue reads the storefront keeps in Next's cache. Medusa revalidates them the
 * moment a change is saved: the plugins' subscribers POST the same tags (@rbv/kit's, one list for
 * both sides) to /api/revalidate. Nothing expires on a timer.
 */
export const CacheTags = StorefrontTags

/** Fetch options of a cached catalogue read (passed through the js-sdk to Next's fetch). */
export function cachedWith(...tags: string[]): { cache: "force-cache"; next: { tags: string[] } } {
  return { cache: "force-cache", next: { tags } }
}
