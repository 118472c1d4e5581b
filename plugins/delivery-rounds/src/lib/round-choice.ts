import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"
import { PROVIDER_ID, type RoundOptionData } from "./round-options"
import { stopKey } from "./stop-key"

type Address = { address_1?: string | null; address_2?: string | null; postal_code?: string | null; country_code?: string | null; metadata?: Record<string, unknown> | null } | null | undefined

/** The round a set of shipping options points at (null when none is one of ours). */
export async function roundOptionsOf(container: MedusaContainer, optionIds: string[]) {
  if (!optionIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "shipping_option", fields: ["id", "provider_id", "data"], filters: { id: optionIds } })
  return data
    .filter((o: any) => o.provider_id === PROVIDER_ID && o.data?.round_id)
    .map((o: any) => ({ option_id: o.id as string, ...(o.data as RoundOptionData) }))
}

export function addressChoice(address: Address) {
  const meta = address?.metadata ?? {}
  return {
    postal_code: address?.postal_code ?? null,
    // the door a home delivery goes to: a round that already stops there takes the order without a new drop
    address_key: stopKey({ address }),
    point: { lat: typeof meta.lat === "number" ? meta.lat : null, lng: typeof meta.lng === "number" ? meta.lng : null },
  }
}

export type RoundChoice = Awaited<ReturnType<typeof roundOptionsOf>>[number]

/**
 * Why the round behind a cart's choice would not take the cart now (closed, full, out of zone, a
 * pickup point it does not serve), or null. One rule for the three places that ask: choosing the
 * option, changing the address, and completing.
 */
export function roundRefusalOf(container: MedusaContainer, choice: RoundChoice, cart: { id?: string | null; shipping_address?: Address }) {
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  return service.whyRoundRefuses(choice.round_id, { pickup_point_id: choice.pickup_point_id ?? null, ...addressChoice(cart.shipping_address), cart_id: cart.id ?? null })
}
