import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createDuePayoutsStep } from "../steps/create-due-payouts"
import { createPayoutRunStep } from "../steps/create-payout-run"

export const createDuePayoutsWorkflowId = "create-due-payouts"
export const PAYOUT_RUN_LOCK = "rbv-payout-run"

/** Opens a payout run and writes the payouts that are due (no money moves here). */
export const createDuePayoutsWorkflow = createWorkflow(createDuePayoutsWorkflowId, (input: { trigger: "schedule" | "admin" | "test"; now?: Date }) => {
  acquireLockStep({ key: PAYOUT_RUN_LOCK, timeout: 30, ttl: 120 })
  const run = createPayoutRunStep(input)
  const payoutIds = createDuePayoutsStep(transform({ run, input }, ({ run, input }) => ({ run_id: run.id, now: input.now })))
  releaseLockStep({ key: PAYOUT_RUN_LOCK })
  return new WorkflowResponse({ run_id: run.id, payout_ids: payoutIds })
})
