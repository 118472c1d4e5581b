import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { addressCart, cartWith, payAndComplete, VERONETTA_ADDRESS } from "../../helpers/checkout"
import { roundBody, zonesByName } from "../../helpers/delivery"
import { backendDir, seedDistrictOnce } from "../../helpers/district"
import { attempt, inStockVariantOf, vendorLogin } from "../../helpers/vendors"
import { waitFor } from "../../helpers/wait-for"

jest.setTimeout(300_000)

const BAKERY = { handle: "forno-san-nazaro", email: "forno@sannazaro.demo" }
const BEEKEEPER = { handle: "apicoltura-torricelle", email: "miele@torricelle.demo" }

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    const district = seedDistrictOnce(getContainer, api)

    it("at cutoff a maker under its minimum releases its part (residents told, units back) or keeps it, by its choice", async () => {
      const zones = await zonesByName(api, district.admin)
      const { data: created } = await api.post("/admin/delivery-rounds", roundBody([zones["Veronetta Nord"]], 2, { max_drops: 20, name: "Giro col minimo" }), district.admin)
      const roundId = created.delivery_round.id as string
      const bakery = await vendorLogin(api, BAKERY.email)
      const beekeeper = await vendorLogin(api, BEEKEEPER.email)

      // Bad input names the field and changes nothing.
      const negative = await attempt(api.post("/vendor/round-minimum", { amount: -5, below: "release" }, bakery))
      expect(negative.status).toBe(400)
      expect(negative.data.message).toMatch(/amount/)
      const unknown = await attempt(api.post("/vendor/round-minimum", { amount: 30, below: "forse" }, bakery))
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toMatch(/below/)
      expect((await api.get("/vendor/round-minimum", bakery)).data.round_minimum).toBeNull()

      const { data: set } = await api.post("/vendor/round-minimum", { amount: 500, below: "release" }, bakery)
      expect(set.round_minimum).toEqual({ amount: 500, below: "release" })
      await api.post("/vendor/round-minimum", { amount: 500, below: "keep" }, beekeeper)

      // The bakery's bread counts against a batch of 10 this round.
      const bread = await inStockVariantOf(api, district.store, BAKERY.handle)
      const honey = await inStockVariantOf(api, district.store, BEEKEEPER.handle)
      const { data: vendorProducts } = await api.get("/vendor/products", bakery)
      const breadProduct = vendorProducts.products.find((p: any) => p.variants.some((v: any) => v.id === bread.id))
      await api.post("/vendor/batch-limits", { name: "Pane", quantity: 10, product_ids: [breadProduct.id] }, bakery)

      // Two residents: one buys from both makers, the other only bread.
      const place = async (email: string, items: { variant_id: string; quantity: number }[]) => {
        const cartId = await cartWith(api, district.store, district.regionId, items)
        await addressCart(api, district.store, cartId, VERONETTA_ADDRESS, email)
        const { data } = await api.get(`/store/delivery-rounds?cart_id=${cartId}`, district.store)
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: data.rounds.find((r: any) => r.id === roundId).shipping_option_id }, district.store)
        return (await payAndComplete(api, district.store, cartId)).order
      }
      const both = await place("anna.minimo@example.org", [{ variant_id: bread.id, quantity: 2 }, { variant_id: honey.id, quantity: 1 }])
      const breadOnly = await place("bruno.minimo@example.org", [{ variant_id: bread.id, quantity: 1 }])
      const left = async () => (await api.get(`/store/delivery-rounds/products/${breadProduct.id}`, district.store)).data.rounds.find((r: any) => r.id === roundId)?.left
      expect(await left()).toBe(7)

      // Each maker's part of each order (the split runs after the order), with the maker it belongs to.
      const query = getContainer().resolve("query")
      const children = await waitFor("the makers' child orders", async () => {
        const { data } = await api.get("/admin/orders?fields=id,status,metadata,item_total&limit=200", district.admin)
        const kids = data.orders.filter((o: any) => [both.id, breadOnly.id].includes(o.metadata?.parent_order_id))
        return kids.length === 3 && (kids as any[])
      })
      const parts: Record<string, { id: string; item_total: number }[]> = { [BAKERY.handle]: [], [BEEKEEPER.handle]: [] }
      for (const child of children) {
        const { data } = await query.graph({ entity: "order", fields: ["vendor.handle"], filters: { id: child.id } })
        parts[data[0].vendor.handle].push({ id: child.id, item_total: Number(child.item_total) })
      }
      expect(parts[BAKERY.handle]).toHaveLength(2)
      expect(parts[BEEKEEPER.handle]).toHaveLength(1)
      const bakeryTotal = parts[BAKERY.handle].reduce((s, p) => s + Math.round(p.item_total * 100), 0) / 100
      expect(bakeryTotal).toBeLessThan(500)

      // Cutoff: the coordinator closes the round.
      await api.post(`/admin/delivery-rounds/${roundId}/status`, { status: "closed" }, district.admin)
      const status = async (id: string) => (await api.get(`/admin/orders/${id}?fields=id,status`, district.admin)).data.order.status
      for (const part of parts[BAKERY.handle]) await waitFor(`the bakery's part ${part.id} released`, async () => (await status(part.id)) === "canceled")
      expect(await status(parts[BEEKEEPER.handle][0].id)).not.toBe("canceled")
      expect(await left()).toBeUndefined() // the round is closed: no longer offered on the product page
      const { data: bakeryView } = await api.get("/vendor/batch-limits", bakery)
      const usage = bakeryView.batch_limits.find((l: any) => l.name === "Pane").rounds.find((r: any) => r.id === roundId)
      expect(usage).toMatchObject({ taken: 0, left: 10 })

      // The residents who lose the bakery's part are told, each once, naming the maker; nobody is told about the beekeeper.
      const notifications = async () => {
        const list = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "delivery-maker-part-released" }, { take: null })
        return list as { to: string; data: any }[]
      }
      const told = await waitFor("the residents told", async () => ((await notifications()).length === 2 ? notifications() : null))
      expect(told.map((n) => n.to).sort()).toEqual(["anna.minimo@example.org", "bruno.minimo@example.org"])
      for (const n of told) expect(n.data).toMatchObject({ maker: "Forno San Nazaro", minimum: 50000 })

      // Each maker reads its decision; closing again decides nothing twice.
      const { data: bakeryMinimum } = await api.get("/vendor/round-minimum", bakery)
      expect(bakeryMinimum.outcomes).toEqual([expect.objectContaining({ round_id: roundId, outcome: "released", total: bakeryTotal, minimum: 500, orders: 2 })])
      const { data: beeMinimum } = await api.get("/vendor/round-minimum", beekeeper)
      expect(beeMinimum.outcomes).toEqual([
        expect.objectContaining({ round_id: roundId, outcome: "kept", total: parts[BEEKEEPER.handle][0].item_total, minimum: 500, orders: 1 }),
      ])
      const { applyMakerMinimumsWorkflow } = await import("@rbv/delivery-rounds/workflows")
      const { result: again } = await applyMakerMinimumsWorkflow(getContainer()).run({
        input: { round_id: roundId, child_order_ids: [...parts[BAKERY.handle], ...parts[BEEKEEPER.handle]].map((p) => p.id) },
      })
      expect(again).toEqual([])
      expect(await notifications()).toHaveLength(2)
    })
  },
})
