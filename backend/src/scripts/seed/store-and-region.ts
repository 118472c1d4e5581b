import {
  createApiKeysWorkflow,
  createProductTypesWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRatesWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { ENGLISH_CONTENT_LOCALE } from "@rbv/kit"
import type { VatClass } from "../demo-district/types"
import { API_KEY_TITLE, query, REGION_NAME, SALES_CHANNEL_NAME, SeedContainer, STORE_NAME } from "./context"

export const VAT_RATES: Record<VatClass, { rate: number; code: string; type: string }> = {
  standard: { rate: 22, code: "IVA22", type: "IVA ordinaria 22%" },
  reduced: { rate: 10, code: "IVA10", type: "Alimentari IVA 10%" },
  super_reduced: { rate: 4, code: "IVA4", type: "Beni di prima necessità IVA 4%" },
}

export async function seedSalesChannel(container: SeedContainer) {
  const { data } = await query(container).graph({ entity: "sales_channel", fields: ["id"], filters: { name: SALES_CHANNEL_NAME } })
  if (data[0]) return data[0].id as string
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: "Il negozio di vicinato della Rete del Buon Vivere" }] },
  })
  return result[0].id
}

export async function seedStore(container: SeedContainer, salesChannelId: string) {
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: STORE_NAME,
        supported_currencies: [{ currency_code: "eur", is_default: true, is_tax_inclusive: true }],
        // The stored texts are Italian; English is the translations' locale (admin → Translations).
        supported_locales: [{ locale_code: ENGLISH_CONTENT_LOCALE }],
        default_sales_channel_id: salesChannelId,
      },
    },
  })
}

export async function seedRegion(container: SeedContainer) {
  const { data } = await query(container).graph({ entity: "region", fields: ["id"], filters: { name: REGION_NAME } })
  if (data[0]) return data[0].id as string
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: REGION_NAME,
          currency_code: "eur",
          countries: ["it"],
          payment_providers: ["pp_system_default"],
          automatic_taxes: true,
          is_tax_inclusive: true,
        },
      ],
    },
  })
  return result[0].id
}

/** Italian VAT: 22% by default, 10% and 4% for the product types that carry food and books. */
export async function seedTaxes(container: SeedContainer): Promise<Record<VatClass, string>> {
  const q = query(container)
  const typeIds = {} as Record<VatClass, string>
  for (const [vat, { type }] of Object.entries(VAT_RATES) as [VatClass, (typeof VAT_RATES)[VatClass]][]) {
    const { data } = await q.graph({ entity: "product_type", fields: ["id"], filters: { value: type } })
    typeIds[vat] =
      data[0]?.id ??
      (await createProductTypesWorkflow(container).run({ input: { product_types: [{ value: type }] } })).result[0].id
  }

  const { data: regions } = await q.graph({ entity: "tax_region", fields: ["id"], filters: { country_code: "it" } })
  if (regions[0]) return typeIds
  const { result } = await createTaxRegionsWorkflow(container).run({
    input: [
      {
        country_code: "it",
        provider_id: "tp_system",
        default_tax_rate: { rate: VAT_RATES.standard.rate, code: VAT_RATES.standard.code, name: "IVA 22%" },
      },
    ],
  })
  const reducedClasses: VatClass[] = ["reduced", "super_reduced"]
  await createTaxRatesWorkflow(container).run({
    input: reducedClasses.map((vat) => ({
      tax_region_id: result[0].id,
      rate: VAT_RATES[vat].rate,
      code: VAT_RATES[vat].code,
      name: `IVA ${VAT_RATES[vat].rate}%`,
      is_combinable: false,
      rules: [{ reference: "product_type", reference_id: typeIds[vat] }],
    })),
  })
  return typeIds
}

export async function seedPublishableKey(container: SeedContainer, salesChannelId: string) {
  const { data } = await query(container).graph({ entity: "api_key", fields: ["id", "token"], filters: { title: API_KEY_TITLE, type: "publishable" } })
  if (data[0]) return data[0].token as string
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: API_KEY_TITLE, type: "publishable", created_by: "" }] },
  })
  const key = result[0]
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [salesChannelId] } })
  return key.token as string
}
