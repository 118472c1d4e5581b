import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"

// What a stored file is served as, from the extension the server gave it: makers' photos are
// sniffed and re-encoded to one of the raster types before they are stored; SVG only ever comes
// from the demo seed's own drawings (stored through the file module, not the maker's upload),
// and the sandboxing CSP below keeps even an SVG opened directly from running anything.
// Anything else is only ever a download.
const IMAGE_CONTENT_TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
  svg: "image/svg+xml",
}
const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/

// "Not there", as the local disk (file-local) and an S3 bucket (file-s3) say it.
const isMissing = (err: any) =>
  err?.code === "ENOENT" || err?.code === "EISDIR" || err?.name === "NoSuchKey" || err?.$metadata?.httpStatusCode === 404

/**
 * Public files of Medusa's file module, from the local disk or the shared S3 bucket, so every
 * server answers for a file another one stored (the providers' URL is `<backend>/static`; the
 * local folder is kept out of the app's own `static`, which Medusa's express.static would serve
 * raw before any plugin route). The browser must never read a file as a page: nosniff, a fixed
 * Content-Type, and a sandboxing CSP in case one is opened directly.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const key = req.params.key
  // A private file (the admin's CSV exports: residents' names and addresses) is a coordinator's only; to anyone
  // else it is not there.
  const isPrivate = key.startsWith("private-")
  const coordinator = (req as AuthenticatedMedusaRequest).auth_context?.actor_type === "user" && Boolean((req as AuthenticatedMedusaRequest).auth_context?.actor_id)
  if (!KEY.test(key) || (isPrivate && !coordinator)) throw refusal(MedusaError.Types.NOT_FOUND, "file_not_found", "File not found", "key")
  const files = req.scope.resolve(Modules.FILE)
  const body = await files.getAsBuffer(key).catch((err) => {
    if (isMissing(err)) throw refusal(MedusaError.Types.NOT_FOUND, "file_not_found", "File not found", "key")
    throw err
  })
  const type = IMAGE_CONTENT_TYPES[key.split(".").pop()!.toLowerCase()]
  res.setHeader("Content-Type", type ?? "application/octet-stream")
  res.setHeader("Content-Disposition", `${type ? "inline" : "attachment"}; filename="${key}"`)
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
  res.setHeader("Cross-Origin-Resource-Policy", "cross-origin")
  // Names are made by the server and never reused.
  res.setHeader("Cache-Control", isPrivate ? "private, no-store" : "public, max-age=31536000, immutable")
  res.send(body)
}
