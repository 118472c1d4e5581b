import type { MedusaContainer } from "@medusajs/framework/types"
import { BASKET_MODULE } from "../modules/basket"
import type BasketModuleService from "../modules/basket/service"
import { cardSummary, savedCardsOf } from "./basket-card"

/** The resident's saved cards as the account page lists them: never the number, only brand, last 4 digits, expiry, and which baskets each pays. */
export async function savedCardsOfCustomer(container: MedusaContainer, customerId: string) {
  const cards = await savedCardsOf(container, customerId)
  if (!cards.length) return []
  const service: BasketModuleService = container.resolve(BASKET_MODULE)
  const baskets = await service.listBaskets({ customer_id: customerId, payment: "saved_card" }, { select: ["id", "payment_method_id"], take: null })
  return cards.map((m: any) => ({
    id: m.id as string,
    ...cardSummary(m),
    basket_ids: baskets.filter((b) => b.payment_method_id === m.id).map((b) => b.id),
  }))
}
