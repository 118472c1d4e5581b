import { Modules } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { addressCart, cartWith, payAndComplete, VERONETTA_ADDRESS } from "../../helpers/checkout"
import { roundBody, zonesByName } from "../../helpers/delivery"
import { attempt, inStockVariantOf, vendorLogin } from "../../helpers/vendors"
import { waitFor } from "../../helpers/wait-for"
import { cardSuite, deliverChildOrder, placeOrder, STRIPE_KEY, stripeTestEnvironment } from "../payments/helpers"

jest.setTimeout(300_000)

// Cards speak Stripe's protocol to the local fake (authorisation, partial capture).
const { fake } = stripeTestEnvironment()

const BAKERY = "forno@sannazaro.demo"
const FARM = "bottega@contadinasanpaolo.demo"
const cents = (amount: unknown) => Math.round(Number(amount) * 100)
// An API refusal as a plain error naming the call (axios' own error cannot cross jest's worker boundary).
const explained = (body: () => Promise<void>) => () =>
  body().catch((e: any) => {
    if (e?.response) throw new Error(`${e.config?.method?.toUpperCase()} ${e.config?.url}: ${e.response.status} ${JSON.stringify(e.response.data)}`)
    throw e
  })

// The resident's price of a weighed line, computed here: the real weight at euro per kg, half up,
// never more than the estimate plus its tolerance (rounded up to the cent).
function expectedLine(eurPerKg: number, grams: number, estimateCents: number, tolerancePercent: number) {
  const real = Math.round(Number(((eurPerKg * 100 * grams) / 1000).toFixed(6)))
  const cap = estimateCents + Math.ceil(Number(((estimateCents * tolerancePercent) / 100).toFixed(6)))
  return { real, cap, amount: Math.min(real, cap) }
}

type Headers = { headers: Record<string, string> }
const eur = (variant: any) => variant.prices.find((p: any) => p.currency_code === "eur").amount
// The price of a weight, computed here from euro per kg and grams (half up, to the cent): not the plugin's formula.
const priceOf = (eurPerKg: number, grams: number) => Math.round(Number((eurPerKg * grams).toFixed(6)) / 10) / 100

export default cardSuite({
  testSuite: ({ api, getContainer, district }) => {
    const storeProduct = async (handle: string) => {
      const { data } = await api.get(`/store/products?handle=${handle}&region_id=${district.regionId}&fields=*variants.calculated_price,+metadata`, district.store)
      return data.products[0]
    }
    const mine = async (headers: Headers, handle: string) => (await api.get("/vendor/products", headers)).data.products.find((p: any) => p.handle === handle)

    const query = () => getContainer().resolve("query")
    const adminOrder = async (id: string) =>
      (await api.get(`/admin/orders/${id}?fields=id,total,item_total,metadata,*items,payment_collections.payments.id,payment_collections.payments.captures.amount,payment_collections.payments.refunds.amount`, district.admin)).data.order
    const childOf = async (parentId: string, email: string) => {
      const headers = await vendorLogin(api, email)
      const vendorId = (await api.get("/vendor/me", headers)).data.vendor.id
      const sale = await waitFor(`the split of ${parentId}`, async () => {
        const { data } = await query().graph({ entity: "commission_line", fields: ["*"], filters: { parent_order_id: parentId, vendor_id: vendorId, kind: "sale" } })
        return data[0]
      })
      return { headers, sale, order: (await api.get(`/vendor/orders/${sale.order_id}`, headers)).data.order }
    }
    const saleOf = async (childId: string) => (await query().graph({ entity: "commission_line", fields: ["*"], filters: { order_id: childId, kind: "sale" } })).data[0]
    const variantOf = async (handle: string) => (await storeProduct(handle)).variants[0]

    describe("products sold by weight", () => {
      it("the demo district sells bread, cheese and vegetables by weight, each at the price of its estimate", explained(async () => {
        for (const handle of ["filone-casereccio-a-peso", "monte-veronese-stagionato", "zucca-delica-a-peso"]) {
          const product = await storeProduct(handle)
          const wp = product.metadata.weight_pricing
          expect(product.variants).toHaveLength(1)
          expect(product.variants[0].calculated_price.calculated_amount).toBeCloseTo(priceOf(wp.price_per_kg / 100, wp.unit_grams), 2)
        }
      }))

      it("pay on delivery: two makers weigh their parts; order, child orders, ledger, round report, cash, fund and payouts agree to the cent", explained(async () => {
        const zones = await zonesByName(api, district.admin)
        const { data: round } = await api.post("/admin/delivery-rounds", roundBody([zones["Veronetta Nord"]], 2, { max_drops: 20, name: "Giro a peso" }), district.admin)
        const roundId = round.delivery_round.id as string
        const [filone, cheese, pagnotta] = await Promise.all([storeProduct("filone-casereccio-a-peso"), storeProduct("monte-veronese-stagionato"), storeProduct("pagnotta-lievito-madre")])
        const cartId = await cartWith(api, district.store, district.regionId, [
          { variant_id: filone.variants[0].id, quantity: 2 },
          { variant_id: cheese.variants[0].id, quantity: 1 },
          { variant_id: pagnotta.variants[0].id, quantity: 1 },
        ])
        await addressCart(api, district.store, cartId, VERONETTA_ADDRESS, "carla.peso@example.org")
        const { data: offer } = await api.get(`/store/delivery-rounds?cart_id=${cartId}`, district.store)
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: offer.rounds.find((r: any) => r.id === roundId).shipping_option_id }, district.store)
        const { order } = await payAndComplete(api, district.store, cartId)
        const before = await adminOrder(order.id)

        const bakery = await childOf(order.id, BAKERY)
        const farm = await childOf(order.id, FARM)
        const breadLine = bakery.order.items.find((i: any) => i.weight)
        const cheeseLine = farm.order.items.find((i: any) => i.weight)
        expect(bakery.order.items.filter((i: any) => i.weight)).toHaveLength(1) // the pagnotta is sold by the piece
        expect(breadLine.weight).toMatchObject({ price_per_kg: 4.8, unit_grams: 1000, tolerance_percent: 10, estimated_grams: 2000, grams: null })
        expect(bakery.order.can_weigh).toBe(true)

        // Bad weights: 400 naming the field, someone else's part 404 — nothing changes.
        // Each refusal names its field as a request path, with a stable code (no message parsing).
        const bad: [Headers, unknown, string, string][] = [
          [bakery.headers, { lines: [] }, "lines", "invalid_field"],
          [bakery.headers, { lines: [{ item_id: breadLine.id, grams: 0 }] }, "lines.0.grams", "invalid_field"],
          [bakery.headers, { lines: [{ item_id: breadLine.id, grams: 10.5 }] }, "lines.0.grams", "invalid_field"],
          [bakery.headers, { lines: [{ item_id: breadLine.id, grams: 10_001 }] }, "lines.0.grams", "weight_out_of_range"],
          [bakery.headers, { lines: [{ item_id: cheeseLine.id, grams: 400 }] }, "lines.0.item_id", "unknown_line"],
          [bakery.headers, { lines: [{ item_id: breadLine.id, grams: 2000 }, { item_id: breadLine.id, grams: 2000 }] }, "lines.1.item_id", "line_weighed_twice"],
          [bakery.headers, { lines: [{ item_id: breadLine.id, weight: 2000 }] }, "lines.0.weight", "invalid_field"],
        ]
        for (const [headers, body, field, code] of bad) {
          const res = await attempt(api.post(`/vendor/orders/${bakery.order.id}/weights`, body, headers))
          expect([res.status, res.data.code]).toEqual([400, code])
          expect(res.data.errors?.map((e: { field: string }) => e.field) ?? [res.data.field]).toContain(field)
        }
        expect((await attempt(api.post(`/vendor/orders/${bakery.order.id}/weights`, { lines: [{ item_id: breadLine.id, grams: 2000 }] }, farm.headers))).status).toBe(404)
        expect(cents((await adminOrder(order.id)).total)).toBe(cents(before.total))

        // The bakery: two loaves, 2,130 kg. The farm: cheese cut heavy, 450 g — over its 15% tolerance, capped.
        const bread = expectedLine(4.8, 2130, cents(breadLine.unit_price) * 2, 10)
        const cheeseCut = expectedLine(22.9, 450, cents(cheeseLine.unit_price), 15)
        expect(bread.amount).toBe(bread.real)
        expect(cheeseCut.amount).toBe(cheeseCut.cap)
        expect(cheeseCut.real).toBeGreaterThan(cheeseCut.cap)
        // The bakery first types 1310 g (a slip of the finger), then corrects it to the real 2,130 kg:
        // everything is computed again from the estimate agreed at checkout, not from the wrong weight.
        const breadEstimate = cents(breadLine.unit_price) * 2
        const slip = expectedLine(4.8, 1310, breadEstimate, 10)
        const { data: slipped } = await api.post(`/vendor/orders/${bakery.order.id}/weights`, { lines: [{ item_id: breadLine.id, grams: 1310 }] }, bakery.headers)
        expect(slipped.weighing).toMatchObject({ corrected: false, total_after: cents(before.total) + slip.amount - breadEstimate })
        expect(slipped.order.can_weigh).toBe(true)
        const { data: weighedBread } = await api.post(`/vendor/orders/${bakery.order.id}/weights`, { lines: [{ item_id: breadLine.id, grams: 2130 }] }, bakery.headers)
        expect(weighedBread.weighing.lines[0]).toMatchObject({ grams: 2130, estimate: breadEstimate, amount: bread.amount, capped: false })
        expect(weighedBread.weighing).toMatchObject({ corrected: true, total_before: cents(before.total) + slip.amount - breadEstimate, total_after: cents(before.total) + bread.amount - breadEstimate })
        const { data: weighedCheese } = await api.post(`/vendor/orders/${farm.order.id}/weights`, { lines: [{ item_id: cheeseLine.id, grams: 450 }] }, farm.headers)
        expect(weighedCheese.weighing.lines[0]).toMatchObject({ amount: cheeseCut.cap, capped: true })

        // Every ledger from the weights and prices, computed here.
        const breadDelta = bread.amount - cents(breadLine.unit_price) * 2
        const cheeseDelta = cheeseCut.amount - cents(cheeseLine.unit_price)
        const after = await adminOrder(order.id)
        expect(cents(after.total)).toBe(cents(before.total) + breadDelta + cheeseDelta)
        const parentBread = after.items.find((i: any) => i.id === breadLine.metadata?.parent_line_item_id) ?? after.items.find((i: any) => i.variant_id === filone.variants[0].id)
        expect(cents(parentBread.total)).toBe(bread.amount)
        for (const [part, delta] of [[bakery, breadDelta], [farm, cheeseDelta]] as const) {
          const child = await adminOrder(part.order.id)
          expect(cents(child.item_total)).toBe(part.sale.gross + delta)
          const sale = await saleOf(part.order.id)
          expect(sale.gross).toBe(part.sale.gross + delta)
          expect(sale.commission).toBe(Math.round((sale.gross * sale.rate_bps) / 10_000))
          expect(sale.net).toBe(sale.gross - sale.commission)
        }
        const { data: report } = await api.get(`/admin/delivery-rounds/${roundId}/report`, district.admin)
        expect(report.report.totals.cash_to_collect).toBe(cents(after.total))
        expect(report.report.totals.sales).toBe(bakery.sale.gross + farm.sale.gross + breadDelta + cheeseDelta)

        // The resident is told the amount at each weighing, before delivery: the slip, its correction, the cheese.
        const mails = await waitFor("three weighing e-mails", async () => {
          const sent = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "vendor-part-weighed", to: "carla.peso@example.org" })
          return sent.length === 3 && sent
        })
        expect(mails.map((m: any) => m.data.total).sort((a: number, b: number) => a - b)).toEqual([cents(before.total) + slip.amount - breadEstimate, cents(before.total) + breadDelta, cents(after.total)])
        expect(mails.filter((m: any) => m.data.corrected).map((m: any) => m.data.total)).toEqual([cents(before.total) + breadDelta])

        // Cash at the door: exactly the final amount; the fund takes its share of it; payouts net the weighed sales.
        await api.post(`/admin/orders/${order.id}/cash-collection`, { amount: cents(after.total) }, district.admin)
        const bps = await getContainer().resolve("brand").fundShareBps()
        const contribution = await waitFor("the fund's contribution", async () => {
          const { data } = await query().graph({ entity: "fund_entry", fields: ["amount", "kind"], filters: { order_id: order.id, kind: "contribution" } })
          return data[0]
        })
        expect(contribution.amount).toBe(Math.round((cents(after.total) * bps) / 10_000))
        for (const part of [bakery, farm]) await deliverChildOrder(api, district.admin, part.order.id, getContainer())
        await waitFor("two delivered sales", async () => (await query().graph({ entity: "payout_item", fields: ["id"], filters: { kind: "sale", parent_order_id: order.id } })).data.length === 2)
        await api.post("/admin/payouts/run", {}, district.admin)
        const { data: items } = await query().graph({ entity: "payout_item", fields: ["order_id", "gross", "commission", "fund_share", "net"], filters: { kind: "sale", parent_order_id: order.id } })
        expect(items.reduce((s: number, i: any) => s + i.fund_share, 0)).toBe(contribution.amount)
        for (const item of items) {
          const sale = await saleOf(item.order_id)
          expect([item.gross, item.commission, item.net]).toEqual([sale.gross, sale.commission, sale.gross - sale.commission - item.fund_share])
        }
      }))

      it("card: authorises the estimate plus the tolerance and captures exactly the weighed amount", explained(async () => {
        await api.post(`/admin/regions/${district.regionId}`, { payment_providers: ["pp_system_default", "pp_stripe_stripe"] }, district.admin)
        const stripe = new Stripe(STRIPE_KEY, { ...fake.sdkOptions, maxNetworkRetries: 0 })
        const filone = await variantOf("filone-casereccio-a-peso")
        const { order, session, cartId } = await placeOrder(api, district.store, district.regionId, [{ variant_id: filone.id, quantity: 1 }], {
          provider: "pp_stripe_stripe",
          confirm: (id) => stripe.paymentIntents.confirm(id, { payment_method: "pm_card_visa" }),
        })
        const estimate = cents(filone.calculated_price.calculated_amount)
        const tolerance = Math.ceil(estimate * 0.1)
        const intent = { ...fake.paymentIntents.get(session.data.id)! }
        expect(intent.amount).toBe(cents(order.total) + tolerance)
        expect(intent.status).toBe("requires_capture")

        const bakery = await childOf(order.id, BAKERY)
        const line = bakery.order.items.find((i: any) => i.weight)
        // The maker raises the tolerance after the order: the resident's order keeps the one agreed to (10%).
        const product = await mine(bakery.headers, "filone-casereccio-a-peso")
        await api.post(`/vendor/products/${product.id}`, { weight_pricing: { price_per_kg: 4.8, unit_grams: 1000, tolerance_percent: 25 } }, bakery.headers)
        const resident = { headers: { ...district.store.headers, "x-rbv-order-secret": cartId } }
        expect((await attempt(api.get(`/store/orders/${order.id}/weighing`, district.store))).status).toBe(404)
        const { data: pending } = await api.get(`/store/orders/${order.id}/weighing`, resident)
        expect(pending.weighing).toEqual({
          lines: [{ item_id: (await adminOrder(order.id)).items.find((i: any) => i.variant_id === filone.id).id, estimate, cap: estimate + tolerance, tolerance_percent: 10, grams: null, amount: null }],
          pending: 1,
          max: cents(order.total) + tolerance,
          authorised: intent.amount,
          captured: 0,
        })

        const weighed = expectedLine(4.8, 1040, estimate, 10)
        const { data } = await api.post(`/vendor/orders/${bakery.order.id}/weights`, { lines: [{ item_id: line.id, grams: 1040 }] }, bakery.headers)
        const final = cents(order.total) - estimate + weighed.amount
        expect(data.weighing).toMatchObject({ total_after: final, captured: final })
        const { data: done } = await api.get(`/store/orders/${order.id}/weighing`, resident)
        expect(done.weighing).toMatchObject({ lines: [{ estimate, cap: estimate + tolerance, grams: 1040, amount: weighed.amount }], pending: 0, max: final, authorised: intent.amount, captured: final })

        const captured = fake.paymentIntents.get(session.data.id)!
        expect([captured.status, captured.amount_received]).toEqual(["succeeded", final])
        const after = await adminOrder(order.id)
        expect(cents(after.total)).toBe(final)
        const payment = after.payment_collections[0].payments[0]
        expect(payment.captures.reduce((s: number, c: any) => s + cents(c.amount), 0)).toBe(final)
        const bps = await getContainer().resolve("brand").fundShareBps()
        const contribution = await waitFor("the fund's contribution", async () => {
          const { data } = await query().graph({ entity: "fund_entry", fields: ["amount"], filters: { order_id: order.id, kind: "contribution" } })
          return data[0]
        })
        expect(contribution.amount).toBe(Math.round((final * bps) / 10_000))
        expect((await saleOf(bakery.order.id)).gross).toBe(bakery.sale.gross - estimate + weighed.amount)

        // The loaf weighed 980 g, not 1040: the correction gives the difference back to the card.
        const corrected = expectedLine(4.8, 980, estimate, 10)
        const lower = cents(order.total) - estimate + corrected.amount
        const { data: fixed } = await api.post(`/vendor/orders/${bakery.order.id}/weights`, { lines: [{ item_id: line.id, grams: 980 }] }, bakery.headers)
        expect(fixed.weighing).toMatchObject({ corrected: true, total_after: lower, refunded: final - lower })
        expect(fake.paymentIntents.get(session.data.id)!).toMatchObject({ amount_received: final, amount_refunded: final - lower })
        expect(cents((await adminOrder(order.id)).total)).toBe(lower)
        expect((await saleOf(bakery.order.id)).gross).toBe(bakery.sale.gross - estimate + corrected.amount)
        // A card charged already is never charged more: raising the weight is refused, with its code, and changes nothing.
        const raise = await attempt(api.post(`/vendor/orders/${bakery.order.id}/weights`, { lines: [{ item_id: line.id, grams: 1040 }] }, bakery.headers))
        expect([raise.status, raise.data.code, raise.data.field]).toEqual([400, "correction_above_charged", "lines"])
        expect(cents((await adminOrder(order.id)).total)).toBe(lower)
        const { email } = (await api.get(`/admin/orders/${order.id}?fields=email`, district.admin)).data.order
        const mail = await waitFor("the corrected amount's e-mail", async () => {
          const sent = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "vendor-part-weighed", to: email })
          return sent.find((m: any) => m.data.corrected)
        })
        expect(mail.data).toMatchObject({ total: lower, refunded: final - lower, payment: "card_refunded" })

        // The coordinators then cancel the whole order: the card gets back what it still holds, and the mail says
        // that amount — not the correction refunded before as well.
        await api.post(`/admin/orders/${order.id}/cancel`, {}, district.admin)
        expect(fake.paymentIntents.get(session.data.id)!).toMatchObject({ amount_received: final, amount_refunded: final })
        const cancelled = await waitFor("the cancel's e-mail", async () => {
          const sent = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "delivery-order-cancelled", to: email })
          return sent[0]
        })
        expect(cancelled.data).toMatchObject({ by: "network", outcome: "card_refunded", refunded: lower })
      }))

      it("card: the resident cancels before the cutoff: the authorisation (estimate and tolerance) is released, nothing captured, the maker's part gone, and the confirmation says so", explained(async () => {
        await api.post(`/admin/regions/${district.regionId}`, { payment_providers: ["pp_system_default", "pp_stripe_stripe"] }, district.admin)
        const stripe = new Stripe(STRIPE_KEY, { ...fake.sdkOptions, maxNetworkRetries: 0 })
        const filone = await variantOf("filone-casereccio-a-peso")
        const { order, session, cartId } = await placeOrder(api, district.store, district.regionId, [{ variant_id: filone.id, quantity: 1 }], {
          provider: "pp_stripe_stripe",
          confirm: (id) => stripe.paymentIntents.confirm(id, { payment_method: "pm_card_visa" }),
        })
        expect(fake.paymentIntents.get(session.data.id)!.status).toBe("requires_capture")
        const bakery = await childOf(order.id, BAKERY)
        const resident = { headers: { ...district.store.headers, "x-rbv-order-secret": cartId } }

        const { data } = await api.post(`/store/delivery-rounds/orders/${order.id}/cancel`, {}, resident)
        expect(data.delivery).toMatchObject({ stop_status: "cancelled", can_cancel: false })
        expect(fake.paymentIntents.get(session.data.id)!.status).toBe("canceled")
        const paid = await adminOrder(order.id)
        expect(paid.payment_collections[0].payments[0].captures ?? []).toEqual([])
        await waitFor("the bakery's part cancelled", async () => (await api.get(`/vendor/orders/${bakery.order.id}`, bakery.headers)).data.order.stage === "cancelled")
        const told = await waitFor("the confirmation", async () => {
          const notes = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "delivery-order-cancelled" })
          return notes.find((n: any) => n.data?.order_id === order.id)
        })
        expect(told.data).toMatchObject({ outcome: "card_released", refunded: 0 })
      }))

      it("card: a part released before the weighing captures nothing (or only what is due); the admin cannot capture before the weighing nor more than is due", explained(async () => {
        await api.post(`/admin/regions/${district.regionId}`, { payment_providers: ["pp_system_default", "pp_stripe_stripe"] }, district.admin)
        const stripe = new Stripe(STRIPE_KEY, { ...fake.sdkOptions, maxNetworkRetries: 0 })
        const filone = await variantOf("filone-casereccio-a-peso")
        const honey = await inStockVariantOf(api, district.store, "apicoltura-torricelle", 2)
        const pay = { provider: "pp_stripe_stripe" as const, confirm: (id: string) => stripe.paymentIntents.confirm(id, { payment_method: "pm_card_visa" }) }
        const items = [{ variant_id: filone.id, quantity: 1 }, { variant_id: honey.id, quantity: 1 }]
        const estimate = cents(filone.calculated_price.calculated_amount)
        const tolerance = Math.ceil(estimate * 0.1)
        const { releaseVendorPartWorkflow } = await import("@rbv/vendors/workflows")
        const release = async (parentId: string, email: string) => {
          const part = await childOf(parentId, email)
          await releaseVendorPartWorkflow(getContainer()).run({ input: { order_id: part.order.id, vendor_id: part.sale.vendor_id, reason: "round_minimum_not_reached", canceled_by: part.sale.vendor_id } })
        }
        // Independently of our ledgers: the order's total and each maker's lines as Medusa totals them.
        const partOf = (order: any, variantId: string) => order.items.filter((i: any) => i.variant_id === variantId).reduce((s: number, i: any) => s + cents(i.total), 0)
        const capturedOf = (order: any) => order.payment_collections[0].payments[0].captures.reduce((s: number, c: any) => s + cents(c.amount), 0)
        const adminCapture = async (order: any) => {
          const payment = order.payment_collections[0].payments[0]
          // What Medusa's admin sends when a coordinator presses "Capture": the whole authorised amount.
          return attempt(api.post(`/admin/payments/${payment.id}/capture`, { amount: Number((await api.get(`/admin/payments/${payment.id}`, district.admin)).data.payment.amount) }, district.admin))
        }

        // 1. The beekeeper's part released while the bread is still to weigh.
        const first = await placeOrder(api, district.store, district.regionId, items, pay)
        const T = cents(first.order.total)
        const honeyPart = partOf(await adminOrder(first.order.id), honey.id)
        expect(fake.paymentIntents.get(first.session.data.id)!).toMatchObject({ amount: T + tolerance, status: "requires_capture" })
        const early = await adminCapture(await adminOrder(first.order.id))
        expect([early.status, early.data.code, early.data.field, early.data.message]).toEqual([400, "capture_before_weighing", "payment", expect.stringMatching(/^Ordine #\d+: .*non ancora pesate/)])
        expect(fake.paymentIntents.get(first.session.data.id)!.status).toBe("requires_capture")

        await release(first.order.id, "miele@torricelle.demo")
        expect(fake.paymentIntents.get(first.session.data.id)!).toMatchObject({ status: "requires_capture", amount_received: 0, amount_refunded: 0 })
        expect(cents((await adminOrder(first.order.id)).total)).toBe(T - honeyPart)
        expect(capturedOf(await adminOrder(first.order.id))).toBe(0)

        const bakery = await childOf(first.order.id, BAKERY)
        const line = bakery.order.items.find((i: any) => i.weight)
        const weighed = expectedLine(4.8, 1060, estimate, 10)
        const final = T - honeyPart - estimate + weighed.amount
        const { data } = await api.post(`/vendor/orders/${bakery.order.id}/weights`, { lines: [{ item_id: line.id, grams: 1060 }] }, bakery.headers)
        expect(data.weighing).toMatchObject({ total_after: final, captured: final })
        expect(fake.paymentIntents.get(first.session.data.id)!).toMatchObject({ status: "succeeded", amount_received: final, amount_refunded: 0 })
        expect(capturedOf(await adminOrder(first.order.id))).toBe(final)
        // Captured exactly what was due: a coordinator's capture of "the rest" of the authorisation is refused.
        const late = await adminCapture(await adminOrder(first.order.id))
        // Said in the coordinator's language (Italian: she chose no other), with what was paid.
        const eurosIt = (c: number) => `${(c / 100).toFixed(2).replace(".", ",")} €`
        expect([late.status, late.data.code, late.data.field, late.data.message]).toEqual([400, "nothing_to_capture", "amount", `Ordine #${first.order.display_id}: non resta niente da incassare (pagati ${eurosIt(final)}, il totale è ${eurosIt(final)})`])
        expect(capturedOf(await adminOrder(first.order.id))).toBe(final)
        expect(fake.paymentIntents.get(first.session.data.id)!.amount_received).toBe(final)

        // 2. The bakery's part (still to weigh) released: the card pays the honey alone, never the tolerance.
        const second = await placeOrder(api, district.store, district.regionId, items, pay)
        const T2 = cents(second.order.total)
        const breadPart = partOf(await adminOrder(second.order.id), filone.id)
        expect(breadPart).toBe(estimate)
        await release(second.order.id, BAKERY)
        const intent = fake.paymentIntents.get(second.session.data.id)!
        expect(intent.amount_received - intent.amount_refunded).toBe(T2 - breadPart)
        expect(intent.amount_received).toBeLessThanOrEqual(T2)
        const after = await adminOrder(second.order.id)
        expect(cents(after.total)).toBe(T2 - breadPart)
        expect(capturedOf(after) - after.payment_collections[0].payments[0].refunds.reduce((s: number, r: any) => s + cents(r.amount), 0)).toBe(T2 - breadPart)
      }))

      it("weights are corrected until a part leaves the workshop, refused once it has left or was delivered; the packing list and /vendor/orders say so alike", explained(async () => {
        const zones = await zonesByName(api, district.admin)
        const { data: round } = await api.post("/admin/delivery-rounds", roundBody([zones["Veronetta Nord"]], 2, { max_drops: 20, name: "Giro partito" }), district.admin)
        const roundId = round.delivery_round.id as string
        const [filone, cheese] = await Promise.all([storeProduct("filone-casereccio-a-peso"), storeProduct("monte-veronese-stagionato")])
        const cartId = await cartWith(api, district.store, district.regionId, [
          { variant_id: filone.variants[0].id, quantity: 1 },
          { variant_id: cheese.variants[0].id, quantity: 1 },
        ])
        await addressCart(api, district.store, cartId, VERONETTA_ADDRESS, "piero.peso@example.org")
        const { data: offer } = await api.get(`/store/delivery-rounds?cart_id=${cartId}`, district.store)
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: offer.rounds.find((r: any) => r.id === roundId).shipping_option_id }, district.store)
        const { order } = await payAndComplete(api, district.store, cartId)
        const bakery = await childOf(order.id, BAKERY)
        const farm = await childOf(order.id, FARM)
        // What each screen tells the maker: the packing list of the round, and the order itself.
        const canWeigh = async (part: typeof bakery) => [
          (await api.get("/vendor/delivery-rounds", part.headers)).data.rounds.find((r: any) => r.id === roundId).orders.find((o: any) => o.order_id === part.order.id).can_weigh,
          (await api.get(`/vendor/orders/${part.order.id}`, part.headers)).data.order.can_weigh,
        ]
        expect([await canWeigh(bakery), await canWeigh(farm)]).toEqual([[true, true], [true, true]])
        // The bakery weighs its loaf while packing: it can still correct it (can_weigh stays true) until it hands it over.
        const loaf = bakery.order.items.find((i: any) => i.weight)
        await api.post(`/vendor/orders/${bakery.order.id}/weights`, { lines: [{ item_id: loaf.id, grams: 1010 }] }, bakery.headers)
        expect(await canWeigh(bakery)).toEqual([true, true])
        const weighedSale = (await saleOf(bakery.order.id)).gross

        // The bakery's goods left with the round's rider; the farm's part was delivered.
        const { recordVendorOrdersHandedOverWorkflow } = await import("@rbv/vendors/workflows")
        await recordVendorOrdersHandedOverWorkflow(getContainer()).run({ input: { order_ids: [bakery.order.id] } })
        await deliverChildOrder(api, district.admin, farm.order.id, getContainer())
        const before = await adminOrder(order.id)
        for (const [part, reason, code, gross] of [[bakery, "left the workshop", "order_handed_over", weighedSale], [farm, "delivered", "order_delivered", farm.sale.gross]] as const) {
          expect(await canWeigh(part)).toEqual([false, false])
          const line = part.order.items.find((i: any) => i.weight)
          const res = await attempt(api.post(`/vendor/orders/${part.order.id}/weights`, { lines: [{ item_id: line.id, grams: line.weight.estimated_grams + 50 }] }, part.headers))
          expect([res.status, res.data.code, res.data.message]).toEqual([400, code, expect.stringMatching(new RegExp(`^order: .*${reason}`))])
          expect((await saleOf(part.order.id)).gross).toBe(gross)
        }
        expect(cents((await adminOrder(order.id)).total)).toBe(cents(before.total))
      }))

      it("POST /vendor/products/:id { weight_pricing }: the size is priced at its estimate, recorded as a price change, shown by the store; null sells by the piece again", explained(async () => {
        const forno = await vendorLogin(api, "forno@sannazaro.demo")
        const rye = await mine(forno, "pane-segale-noci")
        expect(rye.weight_pricing).toBeNull()
        const before = eur(rye.variants[0])

        const { data } = await api.post(`/vendor/products/${rye.id}`, { weight_pricing: { price_per_kg: 7.9, unit_grams: 650, tolerance_percent: 12 } }, forno)
        const estimate = priceOf(7.9, 650) // 5,135 → 5,14 €
        expect(estimate).toBe(5.14)
        expect(data.product.weight_pricing).toEqual({ price_per_kg: 7.9, unit_grams: 650, tolerance_percent: 12 })
        expect(eur(data.product.variants[0])).toBeCloseTo(estimate, 2)
        const { data: detail } = await api.get(`/vendor/products/${rye.id}`, forno)
        expect(detail.product.price_changes[0]).toMatchObject({ previous_amount: Math.round(before * 100), amount: Math.round(estimate * 100) })

        const shop = await storeProduct("pane-segale-noci")
        expect(shop.metadata.weight_pricing).toEqual({ price_per_kg: 790, unit_grams: 650, tolerance_percent: 12 })
        expect(shop.metadata.maker_handle).toBe("forno-san-nazaro")
        expect(shop.variants[0].calculated_price.calculated_amount).toBeCloseTo(estimate, 2)

        const { data: back } = await api.post(`/vendor/products/${rye.id}`, { weight_pricing: null }, forno)
        expect(back.product.weight_pricing).toBeNull()
        expect(eur(back.product.variants[0])).toBeCloseTo(estimate, 2)
        expect((await storeProduct("pane-segale-noci")).metadata.weight_pricing).toBeNull()
      }))

      it("refuses bad weight pricing with 400 naming the field, another maker's product with 404, and changes nothing", explained(async () => {
        const forno = await vendorLogin(api, "forno@sannazaro.demo")
        const honey = await vendorLogin(api, "miele@torricelle.demo")
        const biscuits = await mine(forno, "biscotti-farro-miele")
        const rye = await mine(forno, "pane-segale-noci")
        // The API says which products may be sold by weight, so the form need not offer it in vain.
        expect(biscuits.variants.length).toBeGreaterThan(1)
        expect([biscuits.can_sell_by_weight, rye.can_sell_by_weight]).toEqual([false, rye.variants.length === 1])
        expect(rye.can_sell_by_weight).toBe(true)
        const good = { price_per_kg: 8, unit_grams: 500, tolerance_percent: 10 }
        const cases: [string, unknown, string][] = [
          [biscuits.id, good, "weight_pricing"], // two sizes
          [rye.id, { ...good, unit_grams: 0 }, "unit_grams"],
          [rye.id, { ...good, unit_grams: 2.5 }, "unit_grams"],
          [rye.id, { ...good, tolerance_percent: 80 }, "tolerance_percent"],
          [rye.id, { ...good, price_per_kg: 4.555 }, "price_per_kg"],
          [rye.id, { ...good, price_per_kg: -1 }, "price_per_kg"],
          [rye.id, { ...good, grams: 500 }, "grams"],
        ]
        for (const [id, weight_pricing, field] of cases) {
          const res = await attempt(api.post(`/vendor/products/${id}`, { weight_pricing }, forno))
          expect(res.status).toBe(400)
          expect(res.data.message).toContain(field)
        }
        expect((await attempt(api.post(`/vendor/products/${rye.id}`, { weight_pricing: good }, honey))).status).toBe(404)
        expect((await mine(forno, "biscotti-farro-miele")).weight_pricing).toBeNull()
        expect((await mine(forno, "biscotti-farro-miele")).variants.map(eur)).toEqual(biscuits.variants.map(eur))
        const after = await mine(forno, "pane-segale-noci")
        expect(after.weight_pricing).toBeNull()
        expect(eur(after.variants[0])).toBe(eur(rye.variants[0]))
      }))
    })
  },
})
