import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { roundOptionsOf, roundRefusalOf } from "../../../lib/round-choice"

export const findRefusedRoundChoicesStepId = "find-refused-round-choices"

export type RefusedRoundChoice = { shipping_method_id: string; round_id: string; code: string }

/**
 * The cart's round choices its round would refuse now, with the reason: the resident switched to
 * collecting (no street), moved out of the round's zone, or the round closed or filled up since.
 * Read only; the workflow drops them.
 */
export const findRefusedRoundChoicesStep = createStep(findRefusedRoundChoicesStepId, async (input: { cart_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "completed_at", "shipping_address.*", "shipping_methods.id", "shipping_methods.shipping_option_id"],
    filters: { id: input.cart_id },
  })
  const cart = data[0] as any
  if (!cart) throw refusal(MedusaError.Types.NOT_FOUND, "cart_not_found", `Cart ${input.cart_id} was not found`, "id")
  if (cart.completed_at) return new StepResponse([] as RefusedRoundChoice[])
  const methods: { id: string; shipping_option_id: string | null }[] = cart.shipping_methods ?? []
  const choices = await roundOptionsOf(container, methods.map((m) => m.shipping_option_id).filter((id): id is string => Boolean(id)))
  const refused: RefusedRoundChoice[] = []
  for (const choice of choices) {
    const why = await roundRefusalOf(container, choice, cart)
    if (!why) continue
    for (const method of methods.filter((m) => m.shipping_option_id === choice.option_id)) {
      refused.push({ shipping_method_id: method.id, round_id: choice.round_id, code: why.code })
    }
  }
  return new StepResponse(refused)
})
