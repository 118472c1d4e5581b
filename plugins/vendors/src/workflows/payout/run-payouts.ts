import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PAYOUT_MODULE } from "../../modules/payout"
import type PayoutModuleService from "../../modules/payout/service"
import { createDuePayoutsWorkflow } from "./workflows/create-due-payouts"
import { sendPayoutTransferWorkflow } from "./workflows/send-payout-transfer"

/**
 * One payout run: write the payouts that are due, then send every Stripe payout still
 * `processing` — this run's and any left by an earlier run that crashed or lost the network
 * (reconciliation: a transfer Stripe already made is found and recorded, never sent twice).
 */
export async function runPayouts(container: MedusaContainer, { trigger, now }: { trigger: "schedule" | "admin" | "test"; now?: Date }) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
  const { result } = await createDuePayoutsWorkflow(container).run({ input: { trigger, now } })

  let reconciled = 0
  const errors: { payout_id: string; message: string }[] = []
  for (const payout of await service.listPayouts({ status: "processing" }, { order: { created_at: "ASC" } })) {
    try {
      const { result: outcome } = await sendPayoutTransferWorkflow(container).run({ input: { payout_id: payout.id } })
      if (outcome.status === "paid" && outcome.reconciled) reconciled += 1
    } catch (e: any) {
      logger.warn(`payout ${payout.id} stays processing: ${e?.message ?? e}`)
      errors.push({ payout_id: payout.id, message: String(e?.message ?? e) })
    }
  }

  const payouts = await service.listPayouts({ run_id: result.run_id }, { relations: ["items"], order: { created_at: "ASC" } })
  const run = await service.updatePayoutRuns({
    id: result.run_id,
    finished_at: new Date(),
    payouts_count: payouts.length,
    total_amount: payouts.reduce((sum, p) => sum + p.amount, 0),
    reconciled_count: reconciled,
  })
  return { run, payouts: await service.listPayouts({ run_id: result.run_id }, { relations: ["items"], order: { created_at: "ASC" } }), errors }
}
