import { districtSuite } from "../../helpers/district"
import { cartWith, checkout } from "../../helpers/checkout"
import { attempt, inStockVariantOf } from "../../helpers/vendors"
import { waitFor } from "../../helpers/wait-for"

jest.setTimeout(240_000)

export default districtSuite({
  testSuite: ({ api, district }) => {
    describe("Medusa's admin actions on a maker's part", () => {
      it("are refused with the resident's order named (allocate, fulfil, edit, return, claim, exchange, transfer, credit, ask for payment, complete, archive, update) and change nothing; on a resident's order they go on", async () => {
        const bread = await inStockVariantOf(api, district.store, "forno-san-nazaro")
        const honey = await inStockVariantOf(api, district.store, "apicoltura-torricelle")
        const cartId = await cartWith(api, district.store, district.regionId, [
          { variant_id: bread.id, quantity: 1 },
          { variant_id: honey.id, quantity: 1 },
        ])
        const { completed } = await checkout(api, district.store, cartId)
        const order = completed.order
        const view = await waitFor("the order's two parts", async () => {
          const { data } = await api.get(`/admin/orders/${order.id}/parts`, district.admin)
          return data.parts.length === 2 ? data : null
        })
        const fornoPart = view.parts.find((p: any) => p.vendor.name === "Forno San Nazaro")
        const read = async (id: string) =>
          (await api.get(`/admin/orders/${id}?fields=id,display_id,email,status,*items,*fulfillments,*payment_collections`, district.admin)).data.order
        const part = await read(fornoPart.id)
        const item = part.items[0]
        const { data: variant } = await api.get(`/admin/products/${item.product_id}/variants/${item.variant_id}?fields=inventory_items.inventory_item_id`, district.admin)
        const inventoryItemId = variant.variant.inventory_items[0].inventory_item_id
        const { data: locations } = await api.get("/admin/stock-locations", district.admin)
        const locationId = locations.stock_locations[0].id
        const { data: customers } = await api.get("/admin/customers?limit=1", district.admin)

        const refusals: [string, object][] = [
          [`/admin/orders/${part.id}`, { email: "someone@example.org" }],
          [`/admin/orders/${part.id}/archive`, {}],
          [`/admin/orders/${part.id}/complete`, {}],
          [`/admin/orders/${part.id}/credit-lines`, { amount: 5, reference: "order", reference_id: part.id }],
          [`/admin/orders/${part.id}/transfer`, { customer_id: customers.customers[0].id }],
          [`/admin/orders/${part.id}/fulfillments`, { items: [{ id: item.id, quantity: 1 }], location_id: locationId }],
          [`/admin/orders/${part.id}/fulfillments/ful_none/cancel`, {}],
          [`/admin/orders/${part.id}/fulfillments/ful_none/shipments`, { items: [{ id: item.id, quantity: 1 }] }],
          [`/admin/orders/${part.id}/fulfillments/ful_none/mark-as-delivered`, {}],
          ["/admin/order-edits", { order_id: part.id }],
          ["/admin/returns", { order_id: part.id }],
          ["/admin/claims", { order_id: part.id, type: "refund" }],
          ["/admin/exchanges", { order_id: part.id }],
          ["/admin/payment-collections", { order_id: part.id, amount: 5 }],
          ["/admin/reservations", { line_item_id: item.id, inventory_item_id: inventoryItemId, location_id: locationId, quantity: 1 }],
        ]
        for (const [path, body] of refusals) {
          const refused = await attempt(api.post(path, body, district.admin))
          expect({ path, status: refused.status, code: refused.data?.code }).toEqual({ path, status: 400, code: "part_of_order" })
          // In the coordinator's language (Medusa's admin shows the message as it comes): Italian until she chooses.
          expect(refused.data.message).toBe(
            `Ordine #${part.display_id}: è la parte di Forno San Nazaro dell'ordine #${order.display_id}; pagamento, magazzino e consegna si gestiscono sull'ordine #${order.display_id}, la preparazione nella bottega dell'artigiano`
          )
        }
        const { data: me } = await api.get("/admin/users/me", district.admin)
        await api.post(`/admin/users/${me.user.id}`, { metadata: { ...me.user.metadata, locale: "en" } }, district.admin)
        const inEnglish = await attempt(api.post(`/admin/orders/${part.id}/archive`, {}, district.admin))
        expect({ status: inEnglish.status, code: inEnglish.data?.code, message: inEnglish.data?.message }).toEqual({
          status: 400,
          code: "part_of_order",
          message: `Order #${part.display_id} is Forno San Nazaro's part of order #${order.display_id}: its payment, stock and delivery are handled on order #${order.display_id}, its preparation in the maker's shop`,
        })

        // Nothing happened to the part: no stock reserved for its line twice, no fulfilment, no change, no payment asked.
        const { data: reservations } = await api.get(`/admin/reservations?line_item_id[]=${item.id}`, district.admin)
        expect(reservations.reservations).toEqual([])
        const after = await read(part.id)
        expect({ email: after.email, status: after.status, fulfillments: after.fulfillments, payment_collections: after.payment_collections }).toEqual({
          email: part.email,
          status: part.status,
          fulfillments: part.fulfillments,
          payment_collections: part.payment_collections,
        })
        const { data: changes } = await api.get(`/admin/orders/${part.id}/changes`, district.admin)
        expect(changes.order_changes).toEqual([])

        // The same actions on the resident's own order are Medusa's as ever: an edit opens (and is withdrawn), an
        // update is saved.
        const { data: edit } = await api.post("/admin/order-edits", { order_id: order.id }, district.admin)
        expect(edit.order_change.order_id).toBe(order.id)
        await api.delete(`/admin/order-edits/${order.id}`, district.admin)
        const { data: updated } = await api.post(`/admin/orders/${order.id}`, { email: order.email }, district.admin)
        expect(updated.order.id).toBe(order.id)
      })
    })
  },
})
