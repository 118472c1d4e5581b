import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { preparePackingListStep, recordPackingListStep, sendPackingListStep, type PackingListInput } from "../steps/packing-list"

export const sendPackingListWorkflowId = "send-packing-list"

/** One maker's packing list for a closed round, e-mailed once (see recordPackingListStep). */
export const sendPackingListWorkflow = createWorkflow(sendPackingListWorkflowId, (input: PackingListInput) => {
  const prepared = preparePackingListStep(input)
  when({ prepared }, ({ prepared }) => Boolean(prepared)).then(() => {
    const row = recordPackingListStep(input)
    sendPackingListStep(transform({ prepared, row }, ({ prepared, row }) => ({ dispatch_id: row.id, vendor: prepared!.vendor, list: prepared!.list })))
  })
  return new WorkflowResponse(prepared)
})
