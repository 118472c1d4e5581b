import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { cardAccountHolderOf, cardOffered } from "../../../lib/basket-card"
import { BASKET_MODULE } from "../../../modules/basket"
import type BasketModuleService from "../../../modules/basket/service"

export const prepareCardSetupStepId = "prepare-basket-card-setup"

/**
 * Before a resident saves a card for a basket: the basket is theirs (404 as missing otherwise), its
 * region takes cards; the customer as Medusa's payment module wants it for their account holder,
 * and the holder they already have, if any.
 */
export const prepareCardSetupStep = createStep(prepareCardSetupStepId, async (input: { customer_id: string; basket_id: string }, { container }) => {
  const service: BasketModuleService = container.resolve(BASKET_MODULE)
  const [basket] = await service.listBaskets({ id: input.basket_id, customer_id: input.customer_id }, { take: 1 })
  if (!basket) throw refusal(MedusaError.Types.NOT_FOUND, "basket_not_found", `Basket ${input.basket_id} was not found`, "id")
  if (!(await cardOffered(container, basket.region_id))) throw refusal(MedusaError.Types.NOT_ALLOWED, "card_unavailable", "payment: cards are not taken here; pay on delivery", "payment")
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "company_name", "first_name", "last_name", "phone", "addresses.*"],
    filters: { id: input.customer_id },
  })
  const customer = data[0] as any
  const billing_address = customer.addresses?.find((a: any) => a.is_default_billing) ?? customer.addresses?.[0]
  return new StepResponse({ customer: { ...customer, billing_address }, account_holder: await cardAccountHolderOf(container, input.customer_id) })
})
