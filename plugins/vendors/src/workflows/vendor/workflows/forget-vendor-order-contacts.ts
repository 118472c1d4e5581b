import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { findVendorOrderIdsStep } from "../steps/find-vendor-order-ids"
import { forgetOrderContactsStep } from "../steps/forget-order-contacts"

export const forgetVendorOrderContactsWorkflowId = "forget-vendor-order-contacts"

/**
 * The data fix for makers' child orders made before they stopped copying the resident's contact
 * data: e-mail, customer and addresses come off every child order. Idempotent (orders already
 * clean are left alone); run by the plugin's migration script and safe to run again.
 */
export const forgetVendorOrderContactsWorkflow = createWorkflow(forgetVendorOrderContactsWorkflowId, () => {
  const ids = findVendorOrderIdsStep({})
  // Never query orders with an empty id list: that filter would match every order.
  const cleaned = when({ ids }, ({ ids }) => ids.length > 0).then(() => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "email", "customer_id", "shipping_address.*", "billing_address.*"],
      filters: { id: ids },
    }).config({ name: "find-vendor-order-contacts" })
    return forgetOrderContactsStep({ orders: orders as any })
  })
  return new WorkflowResponse(transform({ cleaned }, ({ cleaned }) => cleaned ?? []))
})
