import { randomUUID } from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { IMAGE_TYPES, reencodeImage, sniffImageType } from "../../../lib/images"
import { refusal } from "@rbv/kit"

export type VendorImageInput = { name: string; content: string }

export const prepareVendorImagesStepId = "prepare-vendor-images"

const label = (name: string) => JSON.stringify(name.slice(0, 80))

/**
 * Every file must be a real JPEG, PNG, WebP or AVIF photo, judged from its bytes; one that is
 * not refuses the whole upload (nothing stored). Each is stored re-encoded, under a name the
 * server makes with the extension of the detected type.
 */
export const prepareVendorImagesStep = createStep(
  prepareVendorImagesStepId,
  async (input: { vendor_handle: string; files: VendorImageInput[] }) => {
    const prepared: { filename: string; mimeType: string; content: string; access: "public" }[] = []
    for (const file of input.files) {
      const bytes = Buffer.from(file.content, "base64")
      if (!bytes.length) throw refusal(MedusaError.Types.INVALID_DATA, "image_empty", `files: ${label(file.name)} is empty`, "files")
      const mime = await sniffImageType(bytes)
      if (!mime) throw refusal(MedusaError.Types.INVALID_DATA, "image_type", `files: ${label(file.name)} is not a JPEG, PNG, WebP or AVIF photo`, "files")
      const clean = await reencodeImage(bytes, mime).catch(() => {
        throw refusal(MedusaError.Types.INVALID_DATA, "image_unreadable", `files: ${label(file.name)} is a damaged or unreadable image`, "files")
      })
      prepared.push({
        filename: `${input.vendor_handle}-${randomUUID()}.${IMAGE_TYPES[mime]}`,
        mimeType: mime,
        content: clean.toString("base64"),
        access: "public" as const,
      })
    }
    return new StepResponse(prepared)
  }
)
