import type { MedusaContainer } from "@medusajs/framework/types"
import { expireCertificationsWorkflow } from "../workflows/certification/workflows/expire-certifications"

export default async function expireCertificationsJob(container: MedusaContainer) {
  const { result } = await expireCertificationsWorkflow(container).run({ input: {} })
  if (result.expired.length || result.reminded.length) {
    container.resolve("logger").info(`Brand: ${result.expired.length} certificates expired, ${result.reminded.length} reminders sent`)
  }
}

// Every night at 03:10: a certificate ends on its day, not whenever a request happens to ask.
export const config = { name: "brand-expire-certifications", schedule: "10 3 * * *" }
