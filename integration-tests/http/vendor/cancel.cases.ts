import { districtSuite, pauseDemoBaskets } from "../../helpers/district"
import { addressCart, cartWith, checkout, payAndComplete, roundOption, VERONETTA_ADDRESS } from "../../helpers/checkout"
import { testMailbox } from "../../helpers/mailbox"
import { residentWithLogin } from "../../helpers/residents"
import { attempt, inStockVariantOf, vendorLogin } from "../../helpers/vendors"
import { waitFor } from "../../helpers/wait-for"
import { Modules } from "@medusajs/framework/utils"

jest.setTimeout(240_000)

const mailbox = testMailbox()
const RESIDENT = "giulia.ferrari@example.org"
const FORNO = "forno@sannazaro.demo"
const MIELE = "miele@torricelle.demo"

/**
 * The mails a maker's shop got about its part of order `displayId` being cancelled by someone else, after the
 * mailbox held `since` mails (each test starts from the same district, so order numbers repeat between tests).
 */
const withdrawnMails = (shop: string, displayId: number, since: number) =>
  mailbox.received.slice(since).filter((m) => m.to.includes(shop) && m.template === "vendor-part-withdrawn" && m.subject.startsWith(`Ordine n. ${displayId} annullato`))
const withdrawnMail = (shop: string, displayId: number, since: number) =>
  waitFor(`the withdrawn-part mail to ${shop} for order ${displayId}`, async () => withdrawnMails(shop, displayId, since)[0] ?? null)
/** How the makers' mails name the residents of these tests' orders (all shipped to VERONETTA_ADDRESS). */
const LABEL_NAME = `${VERONETTA_ADDRESS.first_name} ${VERONETTA_ADDRESS.last_name[0]}.`

export default districtSuite({
  testSuite: ({ api, getContainer, district }) => {
    describe("POST /vendor/orders/:id/cancel", () => {
      it("cancels one maker's part: the resident's order keeps the other part, its total drops by the part, and the resident is told why", async () => {
        const forno = await vendorLogin(api, FORNO)
        const miele = await vendorLogin(api, MIELE)
        const bread = await inStockVariantOf(api, district.store, "forno-san-nazaro")
        const honey = await inStockVariantOf(api, district.store, "apicoltura-torricelle")
        const cartId = await cartWith(api, district.store, district.regionId, [
          { variant_id: bread.id, quantity: 2 },
          { variant_id: honey.id, quantity: 1 },
        ])
        const { completed } = await checkout(api, district.store, cartId)

        const childOf = async (headers: object) => {
          for (let i = 0; i < 80; i++) {
            const { data } = await api.get("/vendor/orders", headers)
            if (data.orders[0]) return data.orders[0]
            await new Promise((r) => setTimeout(r, 250))
          }
          throw new Error("no child order")
        }
        const fornoPart = await childOf(forno)
        const mielePart = await childOf(miele)
        expect(fornoPart.can_cancel).toBe(true)
        const { data: before } = await api.get(`/admin/orders/${completed.order.id}`, district.admin)
        // The bread part, from the variant's own price (VAT included), not from the order's figures.
        const { data: priced } = await api.get(`/store/products/${bread.product_id}?region_id=${district.regionId}&fields=*variants.calculated_price`, district.store)
        const unit = priced.product.variants.find((v: any) => v.id === bread.id).calculated_price.calculated_amount
        const breadPart = 2 * Math.round(unit * 100)

        expect((await attempt(api.post(`/vendor/orders/${fornoPart.id}/cancel`, { reason: "Forno guasto" }, miele))).status).toBe(404)
        expect((await attempt(api.post(`/vendor/orders/${fornoPart.id}/cancel`, {}, forno))).status).toBe(400)

        const { data } = await api.post(`/vendor/orders/${fornoPart.id}/cancel`, { reason: "Forno guasto" }, forno)
        expect(data.order).toMatchObject({ status: "canceled", stage: "cancelled" })
        const again = await attempt(api.post(`/vendor/orders/${fornoPart.id}/cancel`, { reason: "Forno guasto" }, forno))
        expect(again.status).toBe(400)

        const { data: honeyAfter } = await api.get(`/vendor/orders/${mielePart.id}`, miele)
        expect(honeyAfter.order.status).toBe("pending")
        const { data: parent } = await api.get(`/admin/orders/${completed.order.id}`, district.admin)
        expect(parent.order.status).toBe("pending")
        // The part left the resident's order: the total (what the rider collects) drops by it, to the cent.
        expect(Math.round(parent.order.total * 100)).toBe(Math.round(before.order.total * 100) - breadPart)
        const { data: fornoAfter } = await api.get(`/vendor/orders/${fornoPart.id}`, forno)
        expect(fornoAfter.order.can_cancel).toBe(false)
        expect(honeyAfter.order.can_cancel).toBe(true)

        const [told] = await mailbox.waitFor(RESIDENT, "vendor-part-cancelled")
        expect(told.subject).toBe(`Ordine n. ${completed.order.display_id}: Forno San Nazaro non può preparare la sua parte`)
        expect(told.text).toContain("Forno guasto")
        const euro = (cents: number) => new Intl.NumberFormat("it-IT", { style: "currency", currency: "EUR" }).format(cents / 100)
        expect(told.text).toContain(`Alla consegna paghi ${euro(Math.round(parent.order.total * 100))}.`)

        const { data: statement } = await api.get("/vendor/statement", forno)
        expect(statement.statement.lines.map((l: any) => l.kind)).toEqual(["sale", "reversal"])
        expect(statement.statement.totals).toEqual({ gross: 0, commission: 0, net: 0 })
        const { data: honeyStatement } = await api.get("/vendor/statement", miele)
        expect(honeyStatement.statement.lines.map((l: any) => l.kind)).toEqual(["sale"])
        expect(honeyStatement.statement.totals.gross).toBe(Math.round(honeyAfter.order.item_total * 100))

        const { data: stock } = await api.get(`/store/products/${bread.product_id}?fields=+variants.inventory_quantity`, district.store)
        expect(stock.product.variants.find((v: any) => v.id === bread.id).inventory_quantity).toBe(bread.inventory_quantity)

        // A coordinator cancels the last part: nothing is left to deliver, the whole order goes, and the resident is told.
        const since = mailbox.received.length
        await api.post(`/admin/vendor-orders/${mielePart.id}/cancel`, { reason: "Api in letargo" }, district.admin)
        const mails = await mailbox.waitFor(RESIDENT, "vendor-part-cancelled", 2)
        expect(mails).toHaveLength(2)
        expect(mails[1].text).toContain("è annullato e non paghi nulla")
        const { data: gone } = await api.get(`/admin/orders/${completed.order.id}`, district.admin)
        expect(gone.order.status).toBe("canceled")
        // The honey maker is told not to prepare it, in the coordinators' words; the baker, who cancelled, is not.
        const withdrawn = await withdrawnMail(MIELE, completed.order.display_id, since)
        expect(withdrawn.text).toContain(`Il coordinamento della rete ha annullato la tua parte dell'ordine n. ${completed.order.display_id}`)
        expect(withdrawn.text).toContain("Api in letargo")
        expect(withdrawn.text).toContain(`1 × ${mielePart.items[0].title}`)
        expect(mailbox.to(FORNO, "vendor-part-withdrawn")).toHaveLength(0)
      })
    })

    describe("the coordinators' orders list", () => {
      it("lists each resident's purchase once: the makers' parts are on its order (GET /admin/orders/:id/parts), a part names its order, and only coordinators read them", async () => {
        const forno = await vendorLogin(api, FORNO)
        const miele = await vendorLogin(api, MIELE)
        const bread = await inStockVariantOf(api, district.store, "forno-san-nazaro")
        const honey = await inStockVariantOf(api, district.store, "apicoltura-torricelle")
        const cartId = await cartWith(api, district.store, district.regionId, [
          { variant_id: bread.id, quantity: 2 },
          { variant_id: honey.id, quantity: 1 },
        ])
        const { completed } = await checkout(api, district.store, cartId)
        const order = completed.order
        // Each maker's own view of its part: the id, and what its lines come to.
        const partOf = (headers: object) =>
          waitFor("the maker's part", async () => (await api.get("/vendor/orders", headers)).data.orders.find((o: any) => o.order_number === order.display_id) ?? null)
        const [fornoPart, mielePart] = [await partOf(forno), await partOf(miele)]

        const { data: list } = await api.get("/admin/orders?fields=id,metadata&limit=500", district.admin)
        expect(list.orders.map((o: any) => o.id)).toContain(order.id)
        expect(list.orders.filter((o: any) => o.metadata?.parent_order_id)).toEqual([])
        const { data: all } = await getContainer().resolve("query").graph({ entity: "order", fields: ["id", "metadata"] })
        expect(list.count).toBe(all.filter((o: any) => !o.metadata?.parent_order_id).length)

        // The admin's CSV export too: one row per resident's order, no part.
        await api.post("/admin/orders/export", {}, district.admin)
        const exported = await waitFor("the export's notice in the admin", async () => {
          const notices = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ channel: "feed" })
          return notices.find((n: any) => n.data?.file?.url) ?? null
        })
        // The file holds residents' names and addresses: a coordinator's only.
        const file = new URL(exported.data.file.url).pathname
        for (const caller of [{}, forno, district.store]) expect((await attempt(api.get(file, caller))).status).toBe(404)
        const csv = String((await api.get(file, { ...district.admin, responseType: "text" })).data)
        expect(csv).toContain(order.id)
        for (const part of [fornoPart, mielePart]) expect(csv).not.toContain(part.id)

        const { data: view } = await api.get(`/admin/orders/${order.id}/parts`, district.admin)
        expect(view.parent).toBeNull()
        expect(view.parts.map((p: any) => [p.vendor.name, p.id, p.stage, p.total])).toEqual([
          ["Apicoltura delle Torricelle", mielePart.id, "to_prepare", Math.round(mielePart.total * 100)],
          ["Forno San Nazaro", fornoPart.id, "to_prepare", Math.round(fornoPart.total * 100)],
        ])
        // A part still opens by its id, and says whose order it is part of.
        expect((await api.get(`/admin/orders/${fornoPart.id}?fields=id`, district.admin)).data.order.id).toBe(fornoPart.id)
        const { data: ofPart } = await api.get(`/admin/orders/${fornoPart.id}/parts`, district.admin)
        expect(ofPart.parent).toEqual({ id: order.id, display_id: order.display_id })
        expect(ofPart.parts.map((p: any) => p.id)).toEqual([fornoPart.id])
        // A cancelled part says so, with its reason.
        await api.post(`/vendor/orders/${fornoPart.id}/cancel`, { reason: "Forno guasto" }, forno)
        const { data: after } = await api.get(`/admin/orders/${order.id}/parts`, district.admin)
        expect(after.parts.find((p: any) => p.id === fornoPart.id)).toMatchObject({ stage: "cancelled", cancel_reason: "Forno guasto" })

        for (const caller of [{}, forno, district.store]) {
          expect((await attempt(api.get(`/admin/orders/${order.id}/parts`, caller))).status).toBe(401)
        }
        expect(await attempt(api.get("/admin/orders/order_01NOTHERE/parts", district.admin))).toMatchObject({ status: 404, data: { code: "order_not_found" } })
      })
    })

    describe("a whole order cancelled", () => {
      /** A maker's part of this resident's order, as the maker sees it (found by the order number on its label). */
      const partOf = (headers: object, displayId: number) =>
        waitFor(`the maker's part of order ${displayId}`, async () => {
          const { data } = await api.get("/vendor/orders", headers)
          return data.orders.find((o: any) => o.order_number === displayId) ?? null
        })
      const stockOf = async (variant: { id: string; product_id: string }) => {
        const { data } = await api.get(`/store/products/${variant.product_id}?fields=+variants.inventory_quantity`, district.store)
        return data.product.variants.find((v: any) => v.id === variant.id).inventory_quantity as number
      }
      const statementOf = async (headers: object) => (await api.get("/vendor/statement", headers)).data.statement.totals
      /** A signed-in resident's order of bread and honey (two makers), brought home in the first round, paid at the door. */
      async function placeTwoMakerOrder(resident: { headers: Record<string, string> }, email: string) {
        const bread = await inStockVariantOf(api, district.store, "forno-san-nazaro")
        const honey = await inStockVariantOf(api, district.store, "apicoltura-torricelle")
        const cartId = await cartWith(api, resident, district.regionId, [
          { variant_id: bread.id, quantity: 1 },
          { variant_id: honey.id, quantity: 1 },
        ])
        await addressCart(api, resident, cartId, VERONETTA_ADDRESS, email)
        const option = await roundOption(api, resident, cartId)
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, resident)
        const completed = await payAndComplete(api, resident, cartId)
        expect(completed.type).toBe("order")
        return { order: completed.order, roundId: option.offer.rounds[0].id as string, bread, honey }
      }

      it("a resident cancels their own order before the round's cutoff: the makers' parts, the stock, the sale, the drop go back; they get it in writing; not twice, not someone else's, not after the cutoff", async () => {
        const forno = await vendorLogin(api, FORNO)
        const miele = await vendorLogin(api, MIELE)
        const email = "chiara.annulla@example.org"
        const resident = await residentWithLogin(api, district.store, { email, first_name: "Chiara", last_name: "Zanetti" })
        const neighbour = await residentWithLogin(api, district.store, { email: "dario.vicino@example.org", first_name: "Dario", last_name: "Vicino" })
        const bread = await inStockVariantOf(api, district.store, "forno-san-nazaro")
        const stockBefore = await stockOf(bread)
        const [fornoBefore, mieleBefore] = [await statementOf(forno), await statementOf(miele)]
        const roundOf = async (id: string) => (await api.get(`/admin/delivery-rounds/${id}`, district.admin)).data.delivery_round
        const placed = await placeTwoMakerOrder(resident, email)
        const dropsWithOrder = (await roundOf(placed.roundId)).drops_taken
        const fornoPart = await partOf(forno, placed.order.display_id)
        const mielePart = await partOf(miele, placed.order.display_id)
        expect(await stockOf(bread)).toBe(stockBefore - 1)

        const url = `/store/delivery-rounds/orders/${placed.order.id}`
        const { data: before } = await api.get(url, resident)
        expect(before.delivery).toMatchObject({ can_cancel: true, stop_status: "scheduled" })
        expect(new Date(before.delivery.cancel_until).toISOString()).toBe(new Date((await roundOf(placed.roundId)).cutoff_at).toISOString())

        // Someone else's order answers as a missing one, and stays as it was; a stray field is named.
        expect(await attempt(api.post(`${url}/cancel`, {}, neighbour))).toMatchObject({ status: 404, data: { code: "order_not_found" } })
        expect(await attempt(api.post(`${url}/cancel`, {}, district.store))).toMatchObject({ status: 404 })
        const stray = await attempt(api.post(`${url}/cancel`, { reason: 1 }, resident))
        expect(stray.status).toBe(400)
        expect(JSON.stringify(stray.data)).toContain("reason")
        expect((await api.get(url, resident)).data.delivery.can_cancel).toBe(true)

        const since = mailbox.received.length
        const { data: cancelled } = await api.post(`${url}/cancel`, {}, resident)
        expect(cancelled.delivery).toMatchObject({ stop_status: "cancelled", can_cancel: false })
        expect((await api.get(`/store/orders/${placed.order.id}`, resident)).data.order.status).toBe("canceled")
        // Each maker's part leaves its list to prepare, and its sale leaves the ledger.
        for (const [maker, label] of [[forno, "forno"], [miele, "miele"]] as const) {
          await waitFor(`${label}'s part cancelled`, async () => (await partOf(maker, placed.order.display_id)).stage === "cancelled")
        }
        expect((await api.get(`/vendor/orders/${fornoPart.id}`, forno)).data.order.can_cancel).toBe(false)
        expect(await waitFor("forno's sale reversed", async () => JSON.stringify(await statementOf(forno)) === JSON.stringify(fornoBefore))).toBe(true)
        expect(await statementOf(miele)).toEqual(mieleBefore)
        expect(await stockOf(bread)).toBe(stockBefore)
        expect((await roundOf(placed.roundId)).drops_taken).toBe(dropsWithOrder - 1)

        const [told] = await mailbox.waitFor(email, "delivery-order-cancelled")
        expect(told.subject).toBe(`Ordine n. ${placed.order.display_id} annullato`)
        expect(told.text).toContain("Non paghi nulla.")
        // Each maker is told not to prepare it: the resident's first name and initial, its own lines only.
        for (const [shop, mine, theirs] of [[FORNO, fornoPart.items[0], mielePart.items[0]], [MIELE, mielePart.items[0], fornoPart.items[0]]]) {
          const withdrawn = await withdrawnMail(shop, placed.order.display_id, since)
          expect(withdrawn.text).toContain(`L'ordine n. ${placed.order.display_id} di ${LABEL_NAME} è stato annullato`)
          expect(withdrawn.text).toContain(`1 × ${mine.title}`)
          expect(withdrawn.text).not.toContain(theirs.title)
          expect(withdrawn.text).not.toContain(VERONETTA_ADDRESS.last_name)
          expect(withdrawn.text).not.toContain(email)
        }

        expect(await attempt(api.post(`${url}/cancel`, {}, resident))).toMatchObject({ status: 400, data: { code: "order_cancelled" } })

        // After the cutoff the makers are preparing: the order stays.
        const late = await placeTwoMakerOrder(resident, email)
        await pauseDemoBaskets(getContainer())
        await api.post(`/admin/delivery-rounds/${late.roundId}/status`, { status: "closed" }, district.admin)
        try {
          const lateUrl = `/store/delivery-rounds/orders/${late.order.id}`
          expect((await api.get(lateUrl, resident)).data.delivery.can_cancel).toBe(false)
          const refused = await attempt(api.post(`${lateUrl}/cancel`, {}, resident))
          expect(refused).toMatchObject({ status: 400, data: { code: "cutoff_passed" } })
          expect((await api.get(`/store/orders/${late.order.id}`, resident)).data.order.status).toBe("pending")
          expect((await partOf(forno, late.order.display_id)).stage).not.toBe("cancelled")
        } finally {
          await api.post(`/admin/delivery-rounds/${late.roundId}/status`, { status: "open" }, district.admin)
        }
      })

      it("a coordinator cancels a whole order in the admin: every maker's part goes with it, and the resident is told", async () => {
        const forno = await vendorLogin(api, FORNO)
        const miele = await vendorLogin(api, MIELE)
        const email = "ettore.admin@example.org"
        const resident = await residentWithLogin(api, district.store, { email, first_name: "Ettore", last_name: "Menegazzi" })
        const placed = await placeTwoMakerOrder(resident, email)
        const fornoPart = await partOf(forno, placed.order.display_id)
        const mielePart = await partOf(miele, placed.order.display_id)
        expect([fornoPart.stage, mielePart.stage]).not.toContain("cancelled")

        const since = mailbox.received.length
        await api.post(`/admin/orders/${placed.order.id}/cancel`, {}, district.admin)
        for (const [maker, label] of [[forno, "forno"], [miele, "miele"]] as const) {
          await waitFor(`${label}'s part cancelled`, async () => (await partOf(maker, placed.order.display_id)).stage === "cancelled")
        }
        const { data } = await api.get(`/store/delivery-rounds/orders/${placed.order.id}`, resident)
        expect(data.delivery).toMatchObject({ stop_status: "cancelled", can_cancel: false })
        // The resident is told who cancelled it, and that nothing is due.
        const [told] = await mailbox.waitFor(email, "delivery-order-cancelled")
        expect(told.subject).toBe(`Ordine n. ${placed.order.display_id} annullato`)
        expect(told.text).toContain("Il coordinamento della rete ha annullato il tuo ordine")
        expect(told.text).toContain("Non paghi nulla.")
        // A refused cancel (already cancelled) tells nobody again.
        expect((await attempt(api.post(`/admin/orders/${placed.order.id}/cancel`, {}, district.admin))).status).toBe(400)
        await new Promise((r) => setTimeout(r, 1500))
        expect(await mailbox.waitFor(email, "delivery-order-cancelled")).toHaveLength(1)
        for (const shop of [FORNO, MIELE]) {
          expect((await withdrawnMail(shop, placed.order.display_id, since)).text).toContain(`L'ordine n. ${placed.order.display_id} di ${LABEL_NAME} è stato annullato`)
          expect(withdrawnMails(shop, placed.order.display_id, since)).toHaveLength(1)
        }
      })

      it("a coordinator presses Medusa's own Cancel on a maker's part in the admin: the part leaves the resident's order to the cent and the resident is told", async () => {
        const forno = await vendorLogin(api, FORNO)
        const miele = await vendorLogin(api, MIELE)
        const email = "fulvia.parte@example.org"
        const resident = await residentWithLogin(api, district.store, { email, first_name: "Fulvia", last_name: "Parte" })
        const placed = await placeTwoMakerOrder(resident, email)
        const fornoPart = await partOf(forno, placed.order.display_id)
        const { data: before } = await api.get(`/admin/orders/${placed.order.id}`, district.admin)
        const sale = await waitFor("the bread's sale", async () => {
          const { data } = await getContainer().resolve("query").graph({ entity: "commission_line", fields: ["gross"], filters: { order_id: fornoPart.id, kind: "sale" } })
          return data[0] as { gross: number } | undefined
        })

        // Nobody but a coordinator: a maker's or a resident's session, or none, is refused and releases nothing.
        for (const caller of [{}, forno, resident]) {
          expect((await attempt(api.post(`/admin/orders/${fornoPart.id}/cancel`, {}, caller))).status).toBe(401)
        }
        expect((await api.get(`/vendor/orders/${fornoPart.id}`, forno)).data.order.stage).not.toBe("cancelled")
        const since = mailbox.received.length
        await api.post(`/admin/orders/${fornoPart.id}/cancel`, {}, district.admin)
        expect((await api.get(`/vendor/orders/${fornoPart.id}`, forno)).data.order.stage).toBe("cancelled")
        expect((await partOf(miele, placed.order.display_id)).stage).not.toBe("cancelled")
        const { data: after } = await api.get(`/admin/orders/${placed.order.id}`, district.admin)
        expect(after.order.status).toBe("pending")
        expect(Math.round(after.order.total * 100)).toBe(Math.round(before.order.total * 100) - sale.gross)
        const [told] = await mailbox.waitFor(email, "vendor-part-cancelled")
        expect(told.text).toContain("Il coordinamento della rete ha annullato la parte di Forno San Nazaro del tuo ordine")
        expect(told.text).toContain("Annullata dal coordinamento della rete.")
        const withdrawn = await withdrawnMail(FORNO, placed.order.display_id, since)
        expect(withdrawn.text).toContain(`Il coordinamento della rete ha annullato la tua parte dell'ordine n. ${placed.order.display_id} di ${LABEL_NAME}`)
        expect(withdrawnMails(MIELE, placed.order.display_id, since)).toHaveLength(0)

        // What can no longer be cancelled is refused in the coordinator's words (Medusa's admin toasts them as they
        // come) and changes nothing: the part cancelled a moment ago, then the honey once it left with the round.
        const again = await attempt(api.post(`/admin/orders/${fornoPart.id}/cancel`, {}, district.admin))
        expect([again.status, again.data.code, again.data.message]).toEqual([400, "order_cancelled", "Questa parte dell'ordine è già annullata"])
        const mielePart = await partOf(miele, placed.order.display_id)
        const { recordVendorOrdersHandedOverWorkflow } = await import("@rbv/vendors/workflows")
        await recordVendorOrdersHandedOverWorkflow(getContainer()).run({ input: { order_ids: [mielePart.id] } })
        const left = await attempt(api.post(`/admin/orders/${mielePart.id}/cancel`, {}, district.admin))
        expect([left.status, left.data.code, left.data.message]).toEqual([400, "order_handed_over", "Il giro che porta questo ordine è partito: la merce ha lasciato la bottega"])
        expect((await partOf(miele, placed.order.display_id)).stage).not.toBe("cancelled")
        expect(Math.round((await api.get(`/admin/orders/${placed.order.id}`, district.admin)).data.order.total * 100)).toBe(Math.round(after.order.total * 100))
        // In English once she chose it.
        const { data: me } = await api.get("/admin/users/me", district.admin)
        await api.post(`/admin/users/${me.user.id}`, { metadata: { ...me.user.metadata, locale: "en" } }, district.admin)
        const inEnglish = await attempt(api.post(`/admin/orders/${mielePart.id}/cancel`, {}, district.admin))
        expect([inEnglish.status, inEnglish.data.code, inEnglish.data.message]).toEqual([400, "order_handed_over", "The round carrying this order has started: the goods have left the workshop"])
      })
    })
  },
})
