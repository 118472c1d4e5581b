import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cardCopyOf, PRODUCT_CARD_KEY, sameCardCopy, storedCardCopy, type ProductCardCopy } from "../../../lib/product-card"
import type { ProductBrandsState } from "../../../modules/brand/service"

type Written = { id: string; before: ProductCardCopy | null }

export const saveProductCardsStepId = "save-product-cards"

/**
 * Copies each refreshed product's card values (lib/product-card.ts) from its new product_brand row
 * into its metadata, only where they changed. The Product Module merges the key into the rest of
 * the metadata, and each write announces product.updated: that event's refresh finds the copy
 * current and writes nothing, so it cannot loop (and a copy edited by hand is put back).
 * Products with the same copy are written in one call.
 */
export const saveProductCardsStep = createStep(
  saveProductCardsStepId,
  async (state: ProductBrandsState, { container }) => {
    if (!state.brands.length) return new StepResponse([] as string[], [] as Written[])
    const products = container.resolve(Modules.PRODUCT)
    const current = await products.listProducts({ id: state.brands.map((b) => b.id) }, { select: ["id", "metadata"] })
    const stored = new Map(current.map((p) => [p.id, storedCardCopy(p.metadata)]))
    const written: Written[] = []
    const byCopy = new Map<string, { copy: ProductCardCopy; ids: string[] }>()
    for (const row of state.brands) {
      if (!stored.has(row.id)) continue // deleted since the rows were computed
      const copy = cardCopyOf(row)
      const before = stored.get(row.id) ?? null
      if (sameCardCopy(before, copy)) continue
      written.push({ id: row.id, before })
      const key = JSON.stringify(copy)
      const group = byCopy.get(key) ?? { copy, ids: [] }
      group.ids.push(row.id)
      byCopy.set(key, group)
    }
    for (const { copy, ids } of byCopy.values()) await products.updateProducts({ id: ids }, { metadata: { [PRODUCT_CARD_KEY]: copy } })
    return new StepResponse(
      written.map((w) => w.id),
      written
    )
  },
  async (written, { container }) => {
    if (!written?.length) return
    const products = container.resolve(Modules.PRODUCT)
    // "" takes the key out again (Medusa's mergeMetadata) where there was no copy before.
    for (const w of written) await products.updateProducts(w.id, { metadata: { [PRODUCT_CARD_KEY]: w.before ?? "" } })
  }
)
