// Photos stored by Medusa's file module are served by the API at <backend>/static/<key>. On a
// phone a photo from another origin costs a new connection before its first byte, and the cart's
// first thumbnail is that page's largest paint: the storefront relays them from its own origin
// under /media/<key> (app/media/[key]/route.ts). Any other address (a CDN, a maker's https link)
// is left as it is.

/** A stored file's key as the API names them (server-made, never a path). */
export const MEDIA_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/

const staticPrefix = (backendUrl: string) => `${backendUrl.replace(/\/+$/, "")}/static/`

/** `url` on the storefront's own origin when it is one of the API's stored files, else unchanged. */
export function sameOriginImage(url: string, backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"): string {
  const prefix = staticPrefix(backendUrl)
  if (!url.startsWith(prefix)) return url
  const key = url.slice(prefix.length)
  return MEDIA_KEY.test(key) && !key.startsWith("private-") ? `/media/${key}` : url
}

/** Where the API serves the stored file `key`. */
export const apiMediaUrl = (key: string, backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000") => `${staticPrefix(backendUrl)}${key}`
