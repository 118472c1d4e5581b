import { brandSteps } from "../../brand-module-steps"

export const expireCertificationsStepId = "expire-certifications"

/** Certificates past their end stop being certificates: the mark leaves those shops' products. */
export const expireCertificationsStep = brandSteps.step(
  expireCertificationsStepId,
  async (service, input: { now: Date | string }) => {
    const now = new Date(input.now) // step inputs are serialised: a Date arrives as a string
    const due = await service.listCertifications({ status: "approved", valid_until: { $lte: now } }, { select: ["id"] })
    const ids = due.map((c) => c.id)
    if (ids.length) await service.updateCertifications(ids.map((id) => ({ id, status: "expired" as const })))
    return [ids, ids]
  },
  (service, ids) => service.updateCertifications(ids.map((id) => ({ id, status: "approved" as const })))
)
