import multer from "multer"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MAX_IMAGE_BYTES } from "../../lib/images"
import { refusal } from "@rbv/kit"

// Reads at most 5 files of 5 MB into memory; what they are is decided from their bytes later
// (uploadVendorImagesWorkflow), never from the declared type or name.
const parser = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_IMAGE_BYTES, files: 5 } }).array("files", 5)

/** Product photos from a maker's phone: 5 MB each, at most 5, in the field `files`; anything else is a 400. */
export function imageUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  parser(req as never, res as never, (err: unknown) => {
    if (!err) return next()
    const code = (err as { code?: string }).code
    const message =
      code === "LIMIT_FILE_SIZE" ? "files: each image must be at most 5 MB" : code === "LIMIT_FILE_COUNT" || code === "LIMIT_UNEXPECTED_FILE" ? "files: at most 5 images, in the field 'files'" : "files: the upload could not be read"
    next(refusal(MedusaError.Types.INVALID_DATA, "photo_refused", message, "files"))
  })
}
