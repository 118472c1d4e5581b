import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type SeedContainer = ExecArgs["container"]

export const HUB = {
  name: "Casa Comune",
  address: {
    address_1: "Via San Nazaro 23",
    postal_code: "37129",
    city: "Verona",
    province: "VR",
    country_code: "it",
  },
  lat: 45.4426,
  lng: 11.0068,
}

export const STORE_NAME = "Rete del Buon Vivere"
export const SALES_CHANNEL_NAME = "Negozio online della Rete"
export const API_KEY_TITLE = "Storefront Rete del Buon Vivere"
export const REGION_NAME = "Italia"

export function query(container: SeedContainer) {
  return container.resolve(ContainerRegistrationKeys.QUERY)
}

export function logger(container: SeedContainer) {
  return container.resolve(ContainerRegistrationKeys.LOGGER)
}
