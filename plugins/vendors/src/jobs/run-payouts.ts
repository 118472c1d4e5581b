import type { MedusaContainer } from "@medusajs/framework/types"
import { runPayouts } from "../workflows/payout/run-payouts"

// Every hour: pay what came out of its holding period, and reconcile Stripe payouts left
// `processing` by a crash or a network failure.
export default async function runPayoutsJob(container: MedusaContainer) {
  await runPayouts(container, { trigger: "schedule" })
}

export const config = { name: "rbv-run-payouts", schedule: "17 * * * *" }
