import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { BrandEvents } from "../../events"
import { refreshProductBrandsWorkflow } from "../../product-brand/workflows/refresh-product-brands"
import { expireCertificationsStep } from "../steps/expire-certifications"
import { remindExpiringCertificationsStep } from "../steps/remind-expiring-certifications"

export type ExpireCertificationsInput = { now?: Date | string }

export const expireCertificationsWorkflowId = "expire-certifications"

/** The daily pass: end the certificates that are over, remind those that end within a month. */
export const expireCertificationsWorkflow = createWorkflow(expireCertificationsWorkflowId, (input: ExpireCertificationsInput) => {
  const when = transform({ input }, ({ input }) => ({ now: input.now ? new Date(input.now) : new Date() }))
  const expired = expireCertificationsStep(when)
  refreshProductBrandsWorkflow.runAsStep({ input: transform({ expired }, ({ expired }) => ({ certification_ids: expired })) })
  const reminded = remindExpiringCertificationsStep(when)
  emitEventStep({ eventName: BrandEvents.CERTIFICATIONS_EXPIRED, data: transform({ expired }, ({ expired }) => ({ ids: expired })) })
  return new WorkflowResponse(transform({ expired, reminded }, ({ expired, reminded }) => ({ expired, reminded })))
})
