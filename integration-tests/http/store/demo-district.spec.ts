import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { backendDir, seedDistrictOnce } from "../../helpers/district"
import { seedDemoDistrict } from "../../../backend/src/scripts/seed-district"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    const district = seedDistrictOnce(getContainer, api)
    describe("demo district", () => {
      it("serves the makers' catalogue in euro, VAT included, with Italian VAT rates", async () => {
        const { data: regions } = await api.get("/store/regions", district.store)
        const italia = regions.regions.find((r: any) => r.name === "Italia")
        expect(italia.currency_code).toBe("eur")
        expect(italia.countries.map((c: any) => c.iso_2)).toEqual(["it"])

        const { data } = await api.get(
          `/store/products?limit=200&region_id=${italia.id}&fields=*variants.calculated_price,*categories,+metadata`,
          district.store
        )
        expect(data.count).toBeGreaterThanOrEqual(40)
        const makers = new Set(data.products.map((p: any) => p.metadata.maker_handle))
        expect(makers.size).toBeGreaterThanOrEqual(8)
        for (const product of data.products) {
          expect(product.categories).toHaveLength(1)
          expect(product.thumbnail).toMatch(/\/static\//)
          const price = product.variants[0].calculated_price
          expect(price.currency_code).toBe("eur")
          expect(price.is_calculated_price_tax_inclusive).toBe(true)
          expect(price.calculated_amount).toBeGreaterThan(0)
        }
      })

      it("can be seeded again without duplicating anything", async () => {
        const before = (await api.get("/store/products?limit=1", district.store)).data.count
        const again = await seedDemoDistrict(getContainer())
        expect(again.publishableKey).toBe(district.publishableKey)
        const after = (await api.get("/store/products?limit=1", district.store)).data.count
        expect(after).toBe(before)
        const { data: customers } = await api.get("/admin/customers?limit=1", district.admin)
        expect(customers.count).toBeGreaterThanOrEqual(25)
      })

      it("rejects store calls without the publishable key", async () => {
        const res = await api.get("/store/products").catch((e: any) => e.response)
        expect(res.status).toBe(400)
      })
    })
  },
})
