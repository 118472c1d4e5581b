import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow, deleteLineItemsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ROUNDUP_METADATA_KEY, ROUNDUP_TITLE } from "../../../lib/round-up"
import { ensureRoundUpTaxClassStep } from "../steps/ensure-round-up-tax-class"

export type SetCartRoundUpInput = { cart_id: string; amount: number }

export const setCartRoundUpWorkflowId = "set-cart-round-up"

/** Replaces the cart's round-up line with one of `amount` cents (none when 0), carrying no VAT. */
export const setCartRoundUpWorkflow = createWorkflow(setCartRoundUpWorkflowId, (input: SetCartRoundUpInput) => {
  const { data: carts } = useQueryGraphStep({
    entity: "cart",
    fields: ["id", "completed_at", "items.id", "items.metadata"],
    filters: { id: input.cart_id },
    options: { throwIfKeyNotFound: true },
  })
  const previous = transform({ carts }, ({ carts }) =>
    ((carts[0] as any).items ?? []).filter((i: any) => i.metadata?.[ROUNDUP_METADATA_KEY]).map((i: any) => i.id as string)
  )
  when({ previous }, ({ previous }) => previous.length > 0).then(() => {
    deleteLineItemsWorkflow.runAsStep({ input: transform({ input, previous }, ({ input, previous }) => ({ cart_id: input.cart_id, ids: previous })) })
  })
  when({ input }, ({ input }) => input.amount > 0).then(() => {
    const taxClass = ensureRoundUpTaxClassStep({})
    addToCartWorkflow.runAsStep({
      input: transform({ input, taxClass }, ({ input, taxClass }) => ({
        cart_id: input.cart_id,
        items: [
          {
            title: ROUNDUP_TITLE,
            quantity: 1,
            unit_price: input.amount / 100,
            is_tax_inclusive: true,
            requires_shipping: false,
            // a donation, not a sale: its product type is rated 0% in every tax region
            product_type_id: taxClass.product_type_id,
            product_type: taxClass.product_type,
            metadata: { [ROUNDUP_METADATA_KEY]: true },
          },
        ],
      })),
    })
  })
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ cart_id: input.cart_id, amount: input.amount })))
})
