import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { cardOffered, cardSummary, savedCardsOf, type CardSummary } from "../../../lib/basket-card"
import { basketLeadMs } from "../../../lib/basket-lead"
import { roundsServingBasket } from "../../../lib/basket-rounds"
import { firstOpenRoundStart } from "../../../lib/basket-schedule"
import { roundOptionsOf } from "../../../lib/round-choice"
import { BASKET_MODULE } from "../../../modules/basket"
import type BasketModuleService from "../../../modules/basket/service"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const prepareBasketStepId = "prepare-basket"

type Line = { variant_id: string; quantity: number }
type Address = Record<string, unknown> & { postal_code?: string; metadata?: Record<string, unknown> }
export type BasketPatch = {
  cart_id?: string
  lines?: Line[]
  cadence?: string
  delivery?: "home" | "pickup"
  address?: Address
  pickup_point_id?: string
  payment?: string
  payment_method_id?: string
  status?: string
  locale?: string
}
export type PreparedBasket = {
  customer_id: string
  email: string
  region_id: string
  sales_channel_id: string | null
  cadence: string
  delivery: "home" | "pickup"
  address: Address | null
  pickup_point_id: string | null
  payment: string
  payment_method_id: string | null
  card: CardSummary | null
  status: string
  locale: string
  cadence_from: Date | null
  lines: Line[]
}

const ADDRESS_FIELDS = ["first_name", "last_name", "address_1", "address_2", "city", "province", "postal_code", "country_code", "phone", "metadata"] as const
const pickAddress = (a: Record<string, any> | null | undefined): Address | null =>
  a ? (Object.fromEntries(ADDRESS_FIELDS.filter((k) => a[k] !== null && a[k] !== undefined).map((k) => [k, a[k]])) as Address) : null

/**
 * What a basket will hold once written: the resident's patch over the basket (or over their cart,
 * when one is made from it), checked — the cart and the basket are the resident's own (404 as
 * missing otherwise), the variants exist and are on sale, a home basket has an address, a pickup
 * basket a real pickup point. Nothing is written here.
 */
export const prepareBasketStep = createStep(
  prepareBasketStepId,
  async (input: { customer_id: string; basket_id?: string; sales_channel_id?: string | null; patch: BasketPatch }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { patch } = input
    let base: Partial<PreparedBasket> = {}
    let cadenceBefore: string | undefined
    if (input.basket_id) {
      const service: BasketModuleService = container.resolve(BASKET_MODULE)
      const [basket] = await service.listBaskets({ id: input.basket_id, customer_id: input.customer_id }, { relations: ["lines"], take: 1 })
      if (!basket) throw refusal(MedusaError.Types.NOT_FOUND, "basket_not_found", `Basket ${input.basket_id} was not found`, "basket_id")
      base = { ...(basket as any), lines: basket.lines.map((l) => ({ variant_id: l.variant_id, quantity: l.quantity })) }
      cadenceBefore = basket.cadence
    } else {
      const { data: customers } = await query.graph({ entity: "customer", fields: ["id", "email", "metadata"], filters: { id: input.customer_id } })
      base = { customer_id: input.customer_id, email: customers[0]?.email, sales_channel_id: input.sales_channel_id ?? null, locale: (customers[0]?.metadata as any)?.locale === "en" ? "en" : "it" }
    }
    if (patch.cart_id) {
      const { data: carts } = await query.graph({
        entity: "cart",
        fields: ["id", "customer_id", "email", "region_id", "sales_channel_id", "metadata", "completed_at", "items.variant_id", "items.quantity", "shipping_address.*", "shipping_methods.shipping_option_id"],
        filters: { id: patch.cart_id },
      })
      const cart = carts[0] as any
      if (!cart || cart.customer_id !== input.customer_id) throw refusal(MedusaError.Types.NOT_FOUND, "cart_not_found", `cart_id: cart ${patch.cart_id} was not found`, "cart_id")
      const lines = (cart.items ?? []).filter((i: any) => i.variant_id).map((i: any) => ({ variant_id: i.variant_id, quantity: Number(i.quantity) }))
      if (!lines.length) throw refusal(MedusaError.Types.INVALID_DATA, "cart_empty", "cart_id: the cart has no products to make recurring", "cart_id")
      const [choice] = await roundOptionsOf(container, (cart.shipping_methods ?? []).map((m: any) => m.shipping_option_id).filter(Boolean))
      base = {
        ...base,
        region_id: cart.region_id,
        sales_channel_id: cart.sales_channel_id ?? base.sales_channel_id ?? null,
        lines,
        address: pickAddress(cart.shipping_address),
        delivery: choice?.pickup_point_id ? "pickup" : "home",
        pickup_point_id: choice?.pickup_point_id ?? null,
        locale: cart.metadata?.locale === "en" ? "en" : base.locale,
      }
    }
    if (!base.region_id) {
      const { data: regions } = await query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { currency_code: "eur" } })
      base.region_id = regions[0]?.id
    }
    const defined = Object.fromEntries(Object.entries(patch).filter(([k, v]) => v !== undefined && k !== "cart_id"))
    const draft = {
      cadence: "every_round",
      payment: "pay_on_delivery",
      payment_method_id: null,
      card: null,
      status: "active",
      locale: "it",
      address: null,
      pickup_point_id: null,
      cadence_from: null,
      ...base,
      ...defined,
    } as PreparedBasket
    if (patch.address) draft.address = pickAddress(patch.address)
    if (!draft.delivery) draft.delivery = draft.pickup_point_id ? "pickup" : "home"
    if (draft.delivery === "home") {
      draft.pickup_point_id = null
      if (!draft.address?.postal_code) throw refusal(MedusaError.Types.INVALID_DATA, "address_required", "address: home delivery needs the address", "address")
    } else {
      if (!draft.pickup_point_id) throw refusal(MedusaError.Types.INVALID_DATA, "pickup_point_required", "pickup_point_id: choose a pickup point", "pickup_point_id")
      const delivery: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
      const [point] = await delivery.listPickupPoints({ id: draft.pickup_point_id }, { take: 1 })
      if (!point) throw refusal(MedusaError.Types.INVALID_DATA, "unknown_pickup_point", `pickup_point_id: pickup point ${draft.pickup_point_id} was not found`, "pickup_point_id")
    }
    if (patch.payment_method_id !== undefined && patch.payment === undefined) draft.payment = "saved_card"
    if (draft.payment === "saved_card") {
      if (!draft.payment_method_id) throw refusal(MedusaError.Types.INVALID_DATA, "payment_method_required", "payment_method_id: the saved card to pay with", "payment_method_id")
      if (patch.payment !== undefined || patch.payment_method_id !== undefined) {
        // Only a card saved by this resident (one of their account holder's payment methods).
        const card = (await savedCardsOf(container, input.customer_id)).find((m: any) => m.id === draft.payment_method_id)
        if (!card) throw refusal(MedusaError.Types.NOT_FOUND, "payment_method_not_found", `payment_method_id: card ${draft.payment_method_id} was not found`, "payment_method_id")
        if (!(await cardOffered(container, draft.region_id))) throw refusal(MedusaError.Types.NOT_ALLOWED, "card_unavailable", "payment: cards are not taken here; pay on delivery", "payment")
        draft.card = cardSummary(card)
      }
    } else {
      draft.payment_method_id = null
      draft.card = null
    }
    if (!draft.email || !draft.region_id) throw refusal(MedusaError.Types.INVALID_DATA, "customer_incomplete", "email: the account has no e-mail address", "email")
    const variantIds = [...new Set(draft.lines.map((l) => l.variant_id))]
    if (variantIds.length !== draft.lines.length) throw refusal(MedusaError.Types.INVALID_DATA, "duplicate_line", "lines: each product once (set its quantity)", "lines")
    const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "product.status"], filters: { id: variantIds } })
    const onSale = new Set(variants.filter((v: any) => v.product?.status === "published").map((v: any) => v.id as string))
    const missing = draft.lines.findIndex((l) => !onSale.has(l.variant_id))
    if (missing >= 0) throw refusal(MedusaError.Types.INVALID_DATA, "unknown_variant", `lines.${missing}.variant_id: product ${draft.lines[missing].variant_id} is not on sale`, `lines.${missing}.variant_id`)
    // A new basket, or a new cadence, counts from the first round that can still take it.
    if (!input.basket_id || (patch.cadence !== undefined && patch.cadence !== cadenceBefore)) {
      const now = new Date()
      draft.cadence_from = firstOpenRoundStart(await roundsServingBasket(container, draft, now), now, basketLeadMs(draft.payment))
    }
    return new StepResponse(draft)
  }
)
