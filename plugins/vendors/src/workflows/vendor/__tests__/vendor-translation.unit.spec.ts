import type { MedusaContainer } from "@medusajs/framework/types"
import { createMedusaContainer, Modules } from "@medusajs/framework/utils"
import { asValue } from "@medusajs/framework/awilix"
import { vendorTranslatedText, vendorTranslation } from "../vendor-translation"

type Row = { id: string; reference_id: string; locale_code: string; translations: Record<string, unknown> }

// A container with (or without) a Translation Module holding these rows.
function containerWith(rows: Row[] | null): MedusaContainer {
  const container = createMedusaContainer()
  if (rows === null) return container
  const listTranslations = async (filters: { reference_id: string; locale_code: string }) =>
    rows.filter((r) => r.reference_id === filters.reference_id && r.locale_code === filters.locale_code)
  container.register(Modules.TRANSLATION, asValue({ listTranslations }))
  return container
}

const rows: Row[] = [
  { id: "tr_1", reference_id: "ven_bakery", locale_code: "en-GB", translations: { story: "We bake at night.", craft: "" } },
  { id: "tr_2", reference_id: "ven_potter", locale_code: "en-GB", translations: { story: "We throw pots." } },
  { id: "tr_3", reference_id: "ven_bakery", locale_code: "fr-FR", translations: { story: "Nous cuisons la nuit." } },
]

describe("a vendor's translated texts", () => {
  it("reads the row of this vendor in this locale, not another vendor's or another locale's", async () => {
    const container = containerWith(rows)
    expect((await vendorTranslation(container, "ven_bakery", "en-GB"))?.id).toBe("tr_1")
    expect(await vendorTranslatedText(container, "ven_bakery", "en-GB", "story")).toBe("We bake at night.")
    expect(await vendorTranslatedText(container, "ven_potter", "en-GB", "story")).toBe("We throw pots.")
    expect(await vendorTranslatedText(container, "ven_bakery", "fr-FR", "story")).toBe("Nous cuisons la nuit.")
  })

  it("answers null for an empty text, a missing field, a vendor with no row, and without the Translation Module", async () => {
    const container = containerWith(rows)
    expect(await vendorTranslatedText(container, "ven_bakery", "en-GB", "craft")).toBeNull()
    expect(await vendorTranslatedText(container, "ven_potter", "en-GB", "closure_note")).toBeNull()
    expect(await vendorTranslation(container, "ven_weaver", "en-GB")).toBeNull()
    expect(await vendorTranslation(containerWith(null), "ven_bakery", "en-GB")).toBeNull()
    expect(await vendorTranslatedText(containerWith(null), "ven_bakery", "en-GB", "story")).toBeNull()
  })
})
