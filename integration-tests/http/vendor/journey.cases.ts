import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { findUnsplitOrders, splitOrderByVendorWorkflow } from "@rbv/vendors/workflows"
import splitUnsplitOrders from "@rbv/vendors/jobs/split-unsplit-orders"
import { districtSuite } from "../../helpers/district"
import { cartWith, checkout } from "../../helpers/checkout"
import { waitFor } from "../../helpers/wait-for"
import { applyAsArtisan, attempt, inStockVariantOf, simpleProduct, vendorLogin } from "../../helpers/vendors"

jest.setTimeout(240_000)


export default districtSuite({
  testSuite: ({ api, getContainer, district }) => {
    describe("artisan journey", () => {
      it("apply → approve → list a product → a resident buys from three makers → each maker sees only its part, statements add up", async () => {

        const applicant = await applyAsArtisan(api, "ceramiche-nuove")
        expect(applicant.vendor.status).toBe("pending")
        const pendingTry = await attempt(api.post("/vendor/products", simpleProduct("Ciotola"), applicant.headers))
        expect(pendingTry.status).toBe(400)
        expect(pendingTry.data.message).toMatch(/approved/)

        const { data: pendingList } = await api.get("/admin/vendors?status=pending", district.admin)
        expect(pendingList.vendors.map((v: any) => v.handle)).toContain("ceramiche-nuove")
        const { data: approved } = await api.post(`/admin/vendors/${applicant.vendor.id}/approve`, {}, district.admin)
        expect(approved.vendor.status).toBe("approved")
        // GET /store/vendors: an approved shop with nothing on sale is not listed to residents yet
        const listed = async () => ((await api.get("/store/vendors", district.store)).data.vendors as { handle: string }[]).map((v) => v.handle)
        const before = await listed()
        expect(before).not.toContain("ceramiche-nuove")
        expect(before).toContain("forno-san-nazaro")

        const { data: created } = await api.post("/vendor/products", simpleProduct("Ciotola smaltata", 24, 5), applicant.headers)
        expect(created.product.status).toBe("published")
        expect(await listed()).toContain("ceramiche-nuove")
        const { data: inStore } = await api.get(`/store/products/${created.product.id}?region_id=${district.regionId}&fields=+variants.inventory_quantity`, district.store)
        expect(inStore.product.vendor).toEqual({ id: applicant.vendor.id, handle: "ceramiche-nuove", name: "Bottega ceramiche-nuove" })
        expect(inStore.product.variants[0].inventory_quantity).toBe(5)

        const forno = await vendorLogin(api, "forno@sannazaro.demo")
        const miele = await vendorLogin(api, "miele@torricelle.demo")
        const breadVariant = await inStockVariantOf(api, district.store, "forno-san-nazaro")
        const honeyVariant = await inStockVariantOf(api, district.store, "apicoltura-torricelle")

        const cartId = await cartWith(api, district.store, district.regionId, [
          { variant_id: created.product.variants[0].id, quantity: 2 },
          { variant_id: breadVariant.id, quantity: 1 },
          { variant_id: honeyVariant.id, quantity: 1 },
        ])
        const { completed } = await checkout(api, district.store, cartId)
        const parent = completed.order

        const ceramicsOrders = await waitFor("the ceramics child order", async () => {
          const { data } = await api.get("/vendor/orders", applicant.headers)
          return data.orders.length ? data.orders : undefined
        })
        expect(ceramicsOrders).toHaveLength(1)
        expect(ceramicsOrders[0].order_number).toBe(parent.display_id)
        expect(ceramicsOrders[0].items.map((i: any) => i.title)).toEqual(["Ciotola smaltata"])

        const { data: fornoOrders } = await api.get("/vendor/orders", forno)
        expect(fornoOrders.orders).toHaveLength(1)
        expect(fornoOrders.orders[0].items).toHaveLength(1)
        expect(fornoOrders.orders[0].items[0].variant_sku).toBe(breadVariant.sku)

        const other = await attempt(api.get(`/vendor/orders/${fornoOrders.orders[0].id}`, applicant.headers))
        expect(other.status).toBe(404)

        const { data: ready } = await api.post(`/vendor/orders/${ceramicsOrders[0].id}/ready`, {}, applicant.headers)
        expect(ready.order.ready_at).toBeTruthy()

        const statements = []
        for (const headers of [applicant.headers, forno, miele]) {
          const { data } = await api.get("/vendor/statement", headers)
          statements.push(data.statement)
        }
        const { data: parentOrder } = await api.get(`/admin/orders/${parent.id}`, district.admin)
        const grossSum = statements.reduce((sum, s) => sum + s.totals.gross, 0)
        const itemsCents = Math.round(parentOrder.order.item_total * 100)
        expect(grossSum).toBe(itemsCents)
        // The contribution of each line recomputed from its goods and the network's rate (half up).
        for (const s of statements) {
          expect(s.lines[0].rate_bps).toBe(1000)
          for (const line of s.lines) expect(line.commission).toBe(Math.round((line.gross * line.rate_bps) / 10_000))
          expect(s.totals.commission).toBe(s.lines.reduce((n: number, l: any) => n + l.commission, 0))
        }
        expect(statements[0].totals.gross).toBe(4800)
        expect(statements[0].totals.commission).toBe(480)

        // Each child order belongs to the maker of every product in it — by its link, its own mark
        // and its sale line, whose gross is its goods (a child paired with the wrong maker once showed
        // one maker another's packing list, and released the wrong part from the resident's order).
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const honeyPart = (await api.get("/vendor/orders", miele)).data.orders.find((o: any) => o.order_number === parent.display_id)
        const childIds = [ceramicsOrders[0].id, fornoOrders.orders[0].id, honeyPart.id]
        const { data: children } = await query.graph({ entity: "order", fields: ["id", "metadata", "item_total", "items.product_id"], filters: { id: childIds } })
        expect(children).toHaveLength(3)
        for (const child of children as any[]) {
          const { data: [link] } = await query.graph({ entity: "vendor", fields: ["id", "orders.id", "products.id"], filters: { id: child.metadata.vendor_id } })
          expect(link.orders.map((o: any) => o.id)).toContain(child.id)
          for (const item of child.items) expect(link.products.map((p: any) => p.id)).toContain(item.product_id)
          const { data: [sale] } = await query.graph({ entity: "commission_line", fields: ["vendor_id", "gross"], filters: { order_id: child.id, kind: "sale" } })
          expect(sale).toMatchObject({ vendor_id: child.metadata.vendor_id, gross: Math.round(Number(child.item_total) * 100) })
        }
      })

      it("a split cut short after its child orders (its worker killed before the ledger) is finished when order.placed comes again: never two child orders per maker", async () => {
        const bread = await inStockVariantOf(api, district.store, "forno-san-nazaro")
        const honey = await inStockVariantOf(api, district.store, "apicoltura-torricelle", 2)
        const cartId = await cartWith(api, district.store, district.regionId, [
          { variant_id: bread.id, quantity: 1 },
          { variant_id: honey.id, quantity: 2 },
        ])
        const { completed } = await checkout(api, district.store, cartId)
        const parentId = completed.order.id
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
        const children = async () =>
          (await knex.raw(`SELECT id FROM "order" WHERE metadata->>'parent_order_id' = ? AND deleted_at IS NULL ORDER BY id`, [parentId])).rows.map((r: any) => r.id)
        const saleLines = async () =>
          (await knex.raw(`SELECT order_id FROM commission_line WHERE parent_order_id = ? AND kind = 'sale' AND deleted_at IS NULL ORDER BY order_id`, [parentId])).rows.map((r: any) => r.order_id)
        const split = await waitFor("the order split in two", async () => ((await saleLines()).length === 2 ? children() : undefined))
        expect(split).toHaveLength(2)

        // What a worker killed between the child orders and the ledger leaves behind.
        await knex.raw(`DELETE FROM commission_line WHERE parent_order_id = ?`, [parentId])
        const { result } = await splitOrderByVendorWorkflow(getContainer()).run({ input: { order_id: parentId } })
        expect([...result].sort()).toEqual(split)
        expect(await children()).toEqual(split)
        expect(await saleLines()).toEqual(split)
        // A complete split replayed once more changes nothing.
        expect((await splitOrderByVendorWorkflow(getContainer()).run({ input: { order_id: parentId } })).result).toEqual([])
        expect(await children()).toEqual(split)
      })

      it("an order whose split never ran (its order.placed lost) is split by the worker's sweep once it is a minute old, and only then", async () => {
        const bread = await inStockVariantOf(api, district.store, "forno-san-nazaro")
        const honey = await inStockVariantOf(api, district.store, "apicoltura-torricelle", 2)
        const cartId = await cartWith(api, district.store, district.regionId, [
          { variant_id: bread.id, quantity: 1 },
          { variant_id: honey.id, quantity: 1 },
        ])
        const { completed } = await checkout(api, district.store, cartId)
        const parentId = completed.order.id
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
        const children = async () =>
          (await knex.raw(`SELECT id FROM "order" WHERE metadata->>'parent_order_id' = ? AND deleted_at IS NULL`, [parentId])).rows.map((r: any) => r.id)
        const saleLines = async () =>
          (await knex.raw(`SELECT order_id FROM commission_line WHERE parent_order_id = ? AND kind = 'sale' AND deleted_at IS NULL`, [parentId])).rows
        await waitFor("the order split in two", async () => (await saleLines()).length === 2)
        // As if order.placed had never reached a subscriber: no child order, no ledger line.
        await knex.raw(`DELETE FROM commission_line WHERE parent_order_id = ?`, [parentId])
        await knex.raw(`UPDATE "order" SET deleted_at = now() WHERE metadata->>'parent_order_id' = ?`, [parentId])
        const container = getContainer()

        // Fresh: the event may still be on its way, the sweep leaves it alone.
        expect(await findUnsplitOrders(container, { olderThanSeconds: 60 })).not.toContain(parentId)
        await knex.raw(`UPDATE "order" SET created_at = now() - interval '2 minutes' WHERE id = ?`, [parentId])
        // The district's own orders are all split: this one alone is due.
        expect(await findUnsplitOrders(container, { olderThanSeconds: 60 })).toEqual([parentId])
        await splitUnsplitOrders(container)
        const made = await children()
        expect(made).toHaveLength(2)
        expect((await saleLines()).map((r: any) => r.order_id).sort()).toEqual([...made].sort())
        // Split now: the next sweep finds nothing to do.
        expect(await findUnsplitOrders(container, { olderThanSeconds: 60 })).toEqual([])
        await splitUnsplitOrders(container)
        expect((await children()).sort()).toEqual([...made].sort())
      })
    })
  },
})
