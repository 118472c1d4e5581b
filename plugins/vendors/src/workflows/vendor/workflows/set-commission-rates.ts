import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { VendorEvents } from "../../events"
import { updateVendorStep } from "../steps/update-vendor"
import { upsertCommissionPolicyStep } from "../steps/upsert-commission-policy"

export type SetCommissionRatesInput = { default_rate_bps?: number; vendor?: { id: string; rate_bps: number | null } }

export const setCommissionRatesWorkflowId = "set-commission-rates"

/** New rates apply to orders placed from now on; the ledger keeps the rate of each sale. */
export const setCommissionRatesWorkflow = createWorkflow(setCommissionRatesWorkflowId, (input: SetCommissionRatesInput) => {
  when({ input }, ({ input }) => input.default_rate_bps !== undefined).then(() => {
    upsertCommissionPolicyStep(transform({ input }, ({ input }) => ({ default_rate_bps: input.default_rate_bps! })))
  })
  when({ input }, ({ input }) => Boolean(input.vendor)).then(() => {
    updateVendorStep(transform({ input }, ({ input }) => ({ id: input.vendor!.id, commission_rate_bps: input.vendor!.rate_bps })))
  })
  emitEventStep({
    eventName: VendorEvents.RATES_CHANGED,
    data: transform({ input }, ({ input }) => ({ vendor_id: input.vendor?.id ?? null, default_changed: input.default_rate_bps !== undefined })),
  })
  return new WorkflowResponse(input)
})
