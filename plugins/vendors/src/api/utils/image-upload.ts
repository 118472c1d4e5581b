import multer from "multer"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024
const IMAGE_TYPES = new Set(["image/jpeg", "image/png", "image/webp", "image/gif", "image/svg+xml"])

const parser = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_IMAGE_BYTES, files: 5 },
  fileFilter: (_req, file, done) => done(null, IMAGE_TYPES.has(file.mimetype)),
}).array("files", 5)

/** Product photos from a maker's phone: images only, 5 MB each, at most 5; anything else is a 400. */
export function imageUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  parser(req as never, res as never, (err: unknown) => {
    if (!err) return next()
    const code = (err as { code?: string }).code
    const message =
      code === "LIMIT_FILE_SIZE" ? "files: each image must be at most 5 MB" : code === "LIMIT_FILE_COUNT" || code === "LIMIT_UNEXPECTED_FILE" ? "files: at most 5 images, in the field 'files'" : "files: the upload could not be read"
    next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
  })
}
