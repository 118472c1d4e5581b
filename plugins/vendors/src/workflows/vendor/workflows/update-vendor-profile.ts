import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ENGLISH_CONTENT_LOCALE } from "@rbv/kit"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { VendorEvents } from "../../events"
import { updateVendorStep } from "../steps/update-vendor"
import { validateClosureStep } from "../steps/validate-closure"
import { upsertTranslationsWorkflow } from "./upsert-translations"

export type UpdateVendorProfileInput = {
  vendor_id: string
  update: {
    name?: string
    story?: string | null
    phone?: string | null
    logo_url?: string | null
    address_1?: string
    postal_code?: string
    lat?: number | null
    lng?: number | null
    closure_from?: Date | string | null
    closure_to?: Date | string | null
    closure_note?: string | null
    mail_locale?: "it" | "en"
  }
  /** The maker's texts in English (Medusa's Translation Module); an empty one falls back to the Italian. */
  english?: { story?: string | null }
}

export const updateVendorProfileWorkflowId = "update-vendor-profile"

export const updateVendorProfileWorkflow = createWorkflow(updateVendorProfileWorkflowId, (input: UpdateVendorProfileInput) => {
  validateClosureStep(input.update)
  const update = transform({ input }, ({ input }) => ({ id: input.vendor_id, ...input.update }))
  const vendor = updateVendorStep(update)
  when({ input }, ({ input }) => Boolean(input.english && Object.keys(input.english).length)).then(() => {
    const translation = transform({ input }, ({ input }) => ({
      locale_code: ENGLISH_CONTENT_LOCALE,
      rows: [{ reference: "vendor", reference_id: input.vendor_id, fields: input.english! }],
    }))
    upsertTranslationsWorkflow.runAsStep({ input: translation })
  })
  emitEventStep({ eventName: VendorEvents.UPDATED, data: transform({ input }, ({ input }) => ({ id: input.vendor_id })) })
  return new WorkflowResponse(vendor)
})
