import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"

export const validateChildOrderStepId = "validate-child-order"

/** Only a maker's part of a resident's order can be cancelled on its own, and only once. */
export const validateChildOrderStep = createStep(
  validateChildOrderStepId,
  async (input: { order?: { id: string; status: string; metadata?: Record<string, unknown> | null } }) => {
    if (!input.order?.metadata?.parent_order_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "That maker's order was not found")
    }
    if (input.order.status === "canceled") {
      throw refusal(MedusaError.Types.NOT_ALLOWED, "order_cancelled", "This part of the order is already cancelled")
    }
  }
)
