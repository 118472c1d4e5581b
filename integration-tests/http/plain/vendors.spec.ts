// @rbv/vendors installed alone in a plain Medusa app (its README's set-up, nothing else of ours):
// it migrates and syncs its links on an empty database, and its shop, maker and admin routes answer.
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { plainApp, plainShopAccess, tablesOf } from "../../helpers/plain-app"
import { applyAsArtisan, attempt } from "../../helpers/vendors"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  ...plainApp("@rbv/vendors"),
  testSuite: ({ api, getContainer }) => {
    it("migrates, links, and takes a maker from application to shop window", async () => {
      const tables = await tablesOf(getContainer())
      for (const table of ["vendor", "commission_line", "payout", "search_document"]) expect(tables).toContain(table)
      // The links vendor ↔ product and vendor ↔ order, synced by this app alone; nothing of the other plugins.
      expect([...tables].filter((t) => t.startsWith("vendor_vendor_")).sort()).toEqual(["vendor_vendor_order_order", "vendor_vendor_product_product"])
      expect([...tables].filter((t) => /^(brand|delivery|basket|charter|fund|voucher)/.test(t))).toEqual([])

      const { admin, store } = await plainShopAccess(getContainer(), api)
      const { vendor, headers } = await applyAsArtisan(api, "ceramiche-plain")
      expect((await api.get("/admin/vendors?status=pending", admin)).data.vendors.map((v: any) => v.id)).toEqual([vendor.id])
      expect((await api.post(`/admin/vendors/${vendor.id}/approve`, {}, admin)).data.vendor.status).toBe("approved")
      expect((await api.get("/vendor/me", headers)).data.vendor.handle).toBe("ceramiche-plain")
      expect((await api.get("/store/vendors/ceramiche-plain", store)).data.vendor.name).toBe("Bottega ceramiche-plain")
      // A refusal in the plugin's shape: a code and the field.
      const missing = await attempt(api.get("/store/vendors/nessuna", store))
      expect(missing.status).toBe(404)
      expect(missing.data.code).toEqual(expect.any(String))
    })
  },
})
