import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, getVariantAvailability } from "@medusajs/framework/utils"
import { ENGLISH_CONTENT_LOCALE } from "@rbv/kit"
import { sortBasketLines } from "../../../lib/basket-lines"
import { limitsOfProducts } from "../../../lib/batch-wants"
import { PROVIDER_ID } from "../../../lib/round-options"
import { BASKET_MODULE } from "../../../modules/basket"
import type BasketModuleService from "../../../modules/basket/service"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import { batchKey } from "../../../modules/delivery/service"

export const sortBasketLinesStepId = "sort-basket-lines"

/**
 * What of a basket the round can take today (the rest left out, each with its reason; titles in
 * the resident's language), the round's shipping option for the basket's delivery — the one a
 * resident would pick at checkout — and how the basket pays.
 */
export const sortBasketLinesStep = createStep(sortBasketLinesStepId, async (input: { basket_id: string; round_id: string }, { container }) => {
  const service: BasketModuleService = container.resolve(BASKET_MODULE)
  const basket = await service.retrieveBasket(input.basket_id, { relations: ["lines"] })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const variantIds = basket.lines.map((l) => l.variant_id)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "manage_inventory", "allow_backorder", "product.id", "product.title", "product.status"],
    filters: { id: variantIds },
  }, basket.locale === "en" ? { locale: ENGLISH_CONTENT_LOCALE } : undefined)
  const stock = basket.sales_channel_id ? await getVariantAvailability(query, { variant_ids: variants.map((v: any) => v.id), sales_channel_id: basket.sales_channel_id }) : {}
  const limitOf = await limitsOfProducts(container, variants.map((v: any) => v.product?.id))
  const delivery: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const limitIds = [...new Set([...limitOf.values()].map((l) => l.id))]
  const left = await delivery.batchUnitsLeft(limitIds, [input.round_id])
  const sorted = sortBasketLines(
    basket.lines.map((l) => ({ variant_id: l.variant_id, quantity: l.quantity })),
    {
      variants: new Map(
        variants.map((v: any) => [
          v.id as string,
          {
            title: [v.product?.title, v.title && !/^(default|unico|standard)/i.test(v.title) ? v.title : null].filter(Boolean).join(" · "),
            product_id: v.product?.id,
            on_sale: v.product?.status === "published",
            manage_inventory: Boolean(v.manage_inventory),
            allow_backorder: Boolean(v.allow_backorder),
          },
        ])
      ),
      stock: new Map(Object.entries(stock).filter(([, a]) => typeof a.availability === "number").map(([id, a]) => [id, a.availability as number])),
      limitOf: new Map([...limitOf.entries()].map(([product, limit]) => [product, limit.id])),
      batchLeft: new Map(limitIds.map((id) => [id, left.get(batchKey(id, input.round_id)) ?? 0])),
    }
  )
  const { data: options } = await query.graph({ entity: "shipping_option", fields: ["id", "data"], filters: { provider_id: PROVIDER_ID } })
  const option = options.find((o: any) =>
    o.data?.round_id === input.round_id && (basket.delivery === "pickup" ? o.data?.pickup_point_id === basket.pickup_point_id : o.data?.id === "delivery-round")
  )
  // A round that no longer offers the basket's delivery (its pickup point dropped) takes none of it.
  if (!option) {
    sorted.left_out.unshift(...sorted.placed.map((l) => ({ ...l, reason: "round_unavailable" as const })))
    sorted.placed = []
  }
  const cart = {
    region_id: basket.region_id,
    customer_id: basket.customer_id,
    email: basket.email,
    sales_channel_id: basket.sales_channel_id ?? undefined,
    shipping_address: (basket.address ?? undefined) as Record<string, unknown> | undefined,
    items: sorted.placed.map((l) => ({ variant_id: l.variant_id, quantity: l.quantity })),
    metadata: { locale: basket.locale, basket_id: basket.id, round_id: input.round_id },
  }
  const payment = { kind: basket.payment, payment_method_id: basket.payment_method_id ?? null, customer_id: basket.customer_id }
  return new StepResponse({ ...sorted, option_id: (option?.id as string | undefined) ?? null, cart, email: basket.email, locale: basket.locale, payment })
})
