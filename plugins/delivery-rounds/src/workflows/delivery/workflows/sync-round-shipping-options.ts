import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createShippingOptionsWorkflow, deleteShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import { planRoundShippingOptionsStep } from "../steps/plan-round-shipping-options"

export const syncRoundShippingOptionsWorkflowId = "sync-round-shipping-options"

/** Keeps each round's shipping options in step with its status, fee and pickup points. */
export const syncRoundShippingOptionsWorkflow = createWorkflow(
  syncRoundShippingOptionsWorkflowId,
  (input: { round_ids: string[] }) => {
    const plan = planRoundShippingOptionsStep(input)
    when({ plan }, ({ plan }) => plan.delete.length > 0).then(() => {
      deleteShippingOptionsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ ids: plan.delete })) })
    })
    when({ plan }, ({ plan }) => plan.create.length > 0).then(() => {
      createShippingOptionsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => plan.create as any) })
    })
    return new WorkflowResponse(plan)
  }
)
