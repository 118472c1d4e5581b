// A resident pays three makers by card in one checkout; the makers' parts are delivered; two
// makers are paid by Stripe transfers, the third waits in the bank-transfer batch. Stripe is
// the real SDK (Medusa's provider and our plugin) talking to the local fake.
import Stripe from "stripe"
import { attempt, inStockVariantOf, vendorLogin } from "../../helpers/vendors"
import { cardSuite, cents, childOrdersOf, deliverChildOrder, onboardMaker, placeOrder, postAccountUpdated, STRIPE_KEY, stripeTestEnvironment, waitFor } from "./helpers"

jest.setTimeout(300_000)

const { fake } = stripeTestEnvironment()

/** Largest-remainder split, written again here so the test does not trust the plugin's own. */
function split(total: number, weights: number[]) {
  const sum = weights.reduce((a, b) => a + b, 0)
  const raw = weights.map((w) => (total * w) / sum)
  const parts = raw.map(Math.floor)
  let left = total - parts.reduce((a, b) => a + b, 0)
  const order = raw.map((r, i) => [r - Math.floor(r), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1])
  for (const [, i] of order) if (left-- > 0) parts[i] += 1
  return parts
}

export default cardSuite({
  testSuite: ({ api, getContainer, district }) => {
    describe("card checkout → delivery → payouts", () => {
      it("takes one PaymentIntent for three makers and pays each maker its net once, by transfer or bank batch", async () => {
        const container = getContainer()
        await api.post(`/admin/regions/${district.regionId}`, { payment_providers: ["pp_system_default", "pp_stripe_stripe"] }, district.admin)
        const stripe = new Stripe(STRIPE_KEY, { ...fake.sdkOptions, maxNetworkRetries: 0 })

        const makers = {
          forno: { email: "forno@sannazaro.demo", handle: "forno-san-nazaro" },
          miele: { email: "miele@torricelle.demo", handle: "apicoltura-torricelle" },
          ceramica: { email: "studio@acquamorta.demo", handle: "ceramiche-acqua-morta" },
        }
        const headers = Object.fromEntries(await Promise.all(Object.entries(makers).map(async ([k, m]) => [k, await vendorLogin(api, m.email)])))
        const vendorId = Object.fromEntries(await Promise.all(Object.keys(makers).map(async (k) => [k, (await api.get("/vendor/me", headers[k])).data.vendor.id])))

        // Two makers connect Stripe Express; the third gives an IBAN instead.
        const forno = await onboardMaker(api, fake, headers.forno, vendorId.forno)
        expect(forno.url).toContain(forno.accountId)
        const miele = await onboardMaker(api, fake, headers.miele, vendorId.miele)
        const badIban = await attempt(api.post("/vendor/payouts/bank-details", { iban: "IT00X0000000000000000000000", account_holder: "Studio Acqua Morta" }, headers.ceramica))
        expect(badIban.status).toBe(400)
        await api.post("/vendor/payouts/bank-details", { iban: "IT60 X054 2811 1010 0000 0123 456", account_holder: "Studio Acqua Morta" }, headers.ceramica)
        const { data: fornoView } = await api.get("/vendor/payouts", headers.forno)
        expect(fornoView.account).toMatchObject({ stripe_status: "enabled", stripe_account_id: forno.accountId, requirements_due: [] })

        const variants = await Promise.all(Object.values(makers).map((m, i) => inStockVariantOf(api, district.store, m.handle, i + 1)))
        const intentsBefore = fake.requestsTo("POST", "/v1/payment_intents").filter((r) => r.path === "/v1/payment_intents").length
        const { order, session } = await placeOrder(
          api,
          district.store,
          district.regionId,
          variants.map((v, i) => ({ variant_id: v.id, quantity: i + 1 })),
          // What Stripe Elements does in the browser: confirm the intent with the card.
          { provider: "pp_stripe_stripe", confirm: (id) => stripe.paymentIntents.confirm(id, { payment_method: "pm_card_visa" }) }
        )

        // One intent for the whole multi-maker cart, for the order's total, tied to the order.
        const created = fake.requestsTo("POST", "/v1/payment_intents").filter((r) => r.path === "/v1/payment_intents")
        expect(created.length - intentsBefore).toBe(1)
        const intent = fake.paymentIntents.get(session.data.id)!
        expect(intent.amount).toBe(cents(order.total))
        expect(intent.status).toBe("requires_capture")
        await waitFor("transfer_group on the intent", async () => fake.paymentIntents.get(intent.id)!.transfer_group === order.id)

        const children = await childOrdersOf(container, order.id, 3)
        expect(new Set(children.map((c) => c.vendor_id))).toEqual(new Set(Object.values(vendorId)))

        // Delivered but not yet paid by the resident's bank: nobody is paid.
        for (const child of children) await deliverChildOrder(api, district.admin, child.order_id, container)
        await waitFor("three delivered sales", async () => {
          const { data } = await container.resolve("query").graph({ entity: "payout_item", fields: ["id"], filters: { kind: "sale", parent_order_id: order.id } })
          return data.length === 3
        })
        const { data: early } = await api.post("/admin/payouts/run", {}, district.admin)
        expect(early.payouts).toEqual([])
        // …and the run says why: these three sales wait for the resident's payment
        expect(early.not_due.awaiting_payment).toBeGreaterThanOrEqual(3)
        expect(fake.transfers.size).toBe(0)

        // The coordinators capture the card payment.
        const { data: adminOrder } = await api.get(`/admin/orders/${order.id}?fields=id,total,shipping_total,payment_collections.payments.id`, district.admin)
        const paymentId = adminOrder.order.payment_collections[0].payments[0].id
        await api.post(`/admin/payments/${paymentId}/capture`, {}, district.admin)
        expect(fake.paymentIntents.get(intent.id)!.status).toBe("succeeded")
        const contribution = await waitFor("the fund contribution", async () => {
          const { data } = await container.resolve("query").graph({ entity: "fund_entry", fields: ["amount"], filters: { order_id: order.id, kind: "contribution" } })
          return data[0] ? { amount: Number(data[0].amount) } : null
        })

        const { data: run } = await api.post("/admin/payouts/run", {}, district.admin)
        expect(run.errors).toEqual([])
        expect(run.payouts).toHaveLength(3)
        expect(run.not_due).toBeNull()

        // Each maker's net: its goods − commission − its share of the fund (by goods, to the cent).
        const fundParts = split(contribution.amount, children.map((c) => c.gross))
        const expectedNet = Object.fromEntries(children.map((c, i) => [c.vendor_id, c.gross - c.commission - fundParts[i]]))
        const byVendor = Object.fromEntries(run.payouts.map((p: any) => [p.vendor_id, p]))
        for (const [who, account] of [["forno", forno], ["miele", miele]] as const) {
          const payout = byVendor[vendorId[who]]
          expect(payout).toMatchObject({ method: "stripe", status: "paid", amount: expectedNet[vendorId[who]], transfer_group: order.id, idempotency_key: `rbv-payout-${payout.id}` })
          const transfer = fake.transfers.get(payout.stripe_transfer_id)!
          expect(transfer).toMatchObject({ amount: expectedNet[vendorId[who]], destination: account.accountId, transfer_group: order.id, currency: "eur" })
          expect(transfer.metadata.payout_id).toBe(payout.id)
          const sent = fake.requestsTo("POST", "/v1/transfers").filter((r) => r.params.metadata?.payout_id === payout.id)
          expect(sent.map((r) => r.idempotencyKey)).toEqual([`rbv-payout-${payout.id}`])
        }
        expect(byVendor[vendorId.ceramica]).toMatchObject({ method: "bank_transfer", status: "awaiting_bank_transfer", amount: expectedNet[vendorId.ceramica] })
        expect(fake.transfers.size).toBe(2)

        // The statement sums exactly: makers + commission + fund + delivery = what the resident paid.
        const paidOut = run.payouts.reduce((s: number, p: any) => s + p.amount, 0)
        const commission = children.reduce((s, c) => s + c.commission, 0)
        expect(paidOut + commission + contribution.amount + cents(adminOrder.order.shipping_total)).toBe(cents(adminOrder.order.total))

        // Running again pays nobody twice.
        const { data: again } = await api.post("/admin/payouts/run", {}, district.admin)
        expect(again.payouts).toEqual([])
        expect(fake.transfers.size).toBe(2)

        // The bank batch: the third maker's IBAN, amount in euro, a reference; then it is exported.
        const { data: batch } = await api.post("/admin/payouts/bank-batches", {}, district.admin)
        const csv = await api.get(`/admin/payouts/bank-batches/${batch.batch.id}/csv`, district.admin)
        const lines = String(csv.data).trim().split("\n")
        expect(lines[0]).toBe("end_to_end_id,beneficiary_name,iban,amount,currency,remittance_information")
        const net = expectedNet[vendorId.ceramica]
        expect(lines.slice(1)).toEqual([
          `${byVendor[vendorId.ceramica].id},Studio Acqua Morta,IT60X0542811101000000123456,${Math.floor(net / 100)}.${String(net % 100).padStart(2, "0")},EUR,Rete del Buon Vivere ${byVendor[vendorId.ceramica].id}`,
        ])
        expect((await attempt(api.post("/admin/payouts/bank-batches", {}, district.admin))).status).toBe(400)

        // The maker sees the payout and the order it covers.
        const { data: mine } = await api.get("/vendor/payouts", headers.forno)
        expect(mine.payouts).toHaveLength(1)
        expect(mine.payouts[0].items).toEqual([expect.objectContaining({ kind: "sale", order_id: children.find((c) => c.vendor_id === vendorId.forno)!.order_id, parent_display_id: order.display_id })])
        const { data: theirs } = await api.get("/vendor/payouts", headers.miele)
        expect(theirs.payouts.map((p: any) => p.id)).toEqual([byVendor[vendorId.miele].id])

        // A resident refund after the payout: each maker owes its part back, carried into its next payout.
        await api.post(`/admin/payments/${paymentId}/refund`, { amount: 5 }, district.admin)
        const owed = await waitFor("refund adjustments", async () => {
          const { data } = await api.get("/vendor/payouts", headers.forno)
          return data.balance.owed < 0 ? data.balance.owed : null
        })
        const refundParts = split(500, children.map((c) => c.gross))
        const fornoIndex = children.findIndex((c) => c.vendor_id === vendorId.forno)
        const fornoRate = Math.round((children[fornoIndex].commission / children[fornoIndex].gross) * 10_000)
        expect(owed).toBe(-(refundParts[fornoIndex] - Math.round((refundParts[fornoIndex] * fornoRate) / 10_000)))

        // Out-of-order and replayed webhooks after all this leave the accounts as they are.
        const stale = await postAccountUpdated(api, fake, forno.accountId, { created: Math.floor(Date.now() / 1000) - 3600 })
        expect(stale.res.data.outcome).toBe("stale")
        expect((await api.get("/vendor/payouts", headers.forno)).data.account.stripe_status).toBe("enabled")
      })
    })
  },
})
