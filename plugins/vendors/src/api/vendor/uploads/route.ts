import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import type { VendorRequest } from "../../utils/vendor-context"

type UploadedFile = { originalname: string; mimetype: string; buffer: Buffer }

export const POST = async (req: VendorRequest, res: MedusaResponse) => {
  const files = ((req as unknown as { files?: UploadedFile[] }).files ?? [])
  if (!files.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "files: attach at least one image (jpeg, png, webp, gif or svg)")
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: files.map((f) => ({
        filename: `${req.vendor_context.vendor.handle}-${f.originalname}`,
        mimeType: f.mimetype,
        content: f.buffer.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  res.status(201).json({ files: result.map((f) => ({ id: f.id, url: f.url })) })
}
