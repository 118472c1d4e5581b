import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadVendorImagesWorkflow } from "../../../workflows/vendor/workflows/upload-vendor-images"
import type { VendorRequest } from "../../utils/vendor-context"
import { refusal } from "@rbv/kit"

type UploadedFile = { originalname: string; buffer: Buffer }

export const POST = async (req: VendorRequest, res: MedusaResponse) => {
  const files = (req as unknown as { files?: UploadedFile[] }).files ?? []
  if (!files.length) throw refusal(MedusaError.Types.INVALID_DATA, "photo_required", "files: attach at least one photo (JPEG, PNG, WebP or AVIF)", "files")
  const { result } = await uploadVendorImagesWorkflow(req.scope).run({
    input: { vendor_handle: req.vendor_context.vendor.handle, files: files.map((f) => ({ name: f.originalname, content: f.buffer.toString("base64") })) },
  })
  res.status(201).json({ files: result.map((f) => ({ id: f.id, url: f.url })) })
}
