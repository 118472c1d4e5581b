import type { Adherence } from "../../../modules/brand/service"
import { brandSteps } from "../../brand-module-steps"

export type UpsertCertificationStepInput = {
  vendor_id: string
  charter_version_id: string
  existing_id: string | null
  adherence: Adherence[]
}

export const upsertCertificationStepId = "upsert-certification"

/** A (re)submission goes back to the coordinators' queue, whatever they said last time. */
export const upsertCertificationStep = brandSteps.upsert(upsertCertificationStepId, {
  find: async (service, input: UpsertCertificationStepInput) =>
    input.existing_id ? (await service.listCertifications({ id: input.existing_id }, { take: 1 }))[0] : null,
  fields: (input) => ({ adherence: input.adherence as any, status: "submitted" as const, submitted_at: new Date(), review_note: null, reviewed_at: null }),
  key: (input) => ({ vendor_id: input.vendor_id, charter_version_id: input.charter_version_id }),
  create: (service, data) => service.createCertifications(data),
  update: (service, data) => service.updateCertifications(data),
  remove: (service, id) => service.deleteCertifications(id),
})
