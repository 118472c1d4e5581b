// Pay on delivery, a crash between "Stripe made the transfer" and "we saved it", and a refund
// after the maker was paid (negative balance carried) — one maker, three resident orders.
import { Modules } from "@medusajs/framework/utils"
import { attempt, inStockVariantOf, vendorLogin } from "../../helpers/vendors"
import { cardSuite, cents, childOrdersOf, deliverChildOrder, onboardMaker, placeOrder, postAccountUpdated, stripeTestEnvironment, waitFor } from "./helpers"

jest.setTimeout(300_000)

const { fake } = stripeTestEnvironment()

export default cardSuite({
  testSuite: ({ api, getContainer, district }) => {
    describe("settlement", () => {
      it("captures cash once, recovers a lost transfer answer without paying twice, and carries what a maker owes after a refund", async () => {
        const container = getContainer()
        const query = container.resolve("query")
        const forno = await vendorLogin(api, "forno@sannazaro.demo")
        const vendorId = (await api.get("/vendor/me", forno)).data.vendor.id
        const { accountId } = await onboardMaker(api, fake, forno, vendorId)
        const bread = await inStockVariantOf(api, district.store, "forno-san-nazaro")
        const payment = async (orderId: string) => {
          const { data } = await query.graph({ entity: "order", fields: ["payment_collections.payments.id", "payment_collections.payments.captured_at", "payment_collections.payments.captures.amount"], filters: { id: orderId } })
          return data[0].payment_collections[0].payments[0]
        }

        // 1. Pay on delivery: delivered, but nothing is paid to the maker until the cash is in.
        const a = await placeOrder(api, district.store, district.regionId, [{ variant_id: bread.id, quantity: 3 }], { provider: "pp_system_default" })
        const [childA] = await childOrdersOf(container, a.order.id, 1)
        await deliverChildOrder(api, district.admin, childA.order_id, container)
        await waitFor("the delivered sale", async () => (await api.get("/vendor/payouts", forno)).data.balance.pending > 0)
        expect((await api.post("/admin/payouts/run", {}, district.admin)).data.payouts).toEqual([])

        const total = cents(a.order.total)
        const tooMuch = await attempt(api.post(`/admin/orders/${a.order.id}/cash-collection`, { amount: total + 1 }, district.admin))
        expect(tooMuch.status).toBe(400)
        expect((await attempt(api.post(`/admin/orders/${a.order.id}/cash-collection`, { amount: "12" }, district.admin))).status).toBe(400)
        expect((await payment(a.order.id)).captured_at).toBeFalsy()
        // The volunteer's report arrives as the delivery-rounds plugin's event (by the maker's part: it leads to the resident's order).
        await container.resolve(Modules.EVENT_BUS).emit({ name: "delivery_round.cash_collected", data: { order_id: childA.order_id, amount: total } })
        await waitFor("the cash captured", async () => (await payment(a.order.id)).captured_at)
        // Reported twice (event redelivered, or the admin route too): captured once.
        const { data: twice } = await api.post(`/admin/orders/${a.order.id}/cash-collection`, { amount: total }, district.admin)
        expect(twice.cash_collection.already_recorded).toBe(true)
        expect((await payment(a.order.id)).captures.map((c: any) => cents(c.amount))).toEqual([total])

        // 2. A crash after Stripe made the transfer, before we saved it: every answer is lost.
        fake.dropResponses("POST", "/v1/transfers", 3)
        const { data: crashed } = await api.post("/admin/payouts/run", {}, district.admin)
        expect(crashed.payouts).toHaveLength(1)
        const payoutA = crashed.payouts[0]
        expect(payoutA.status).toBe("processing")
        expect(crashed.errors.map((e: any) => e.payout_id)).toEqual([payoutA.id])
        const made = () => [...fake.transfers.values()].filter((t) => t.metadata.payout_id === payoutA.id)
        expect(made()).toHaveLength(1)
        // The retries carried the same idempotency key, so Stripe made one transfer.
        expect(new Set(fake.requestsTo("POST", "/v1/transfers").map((r) => r.idempotencyKey))).toEqual(new Set([`rbv-payout-${payoutA.id}`]))

        // On the next run (the hourly job after a restart) the transfer is found and recorded.
        const { data: recovered } = await api.post("/admin/payouts/run", {}, district.admin)
        expect(recovered.run.reconciled_count).toBe(1)
        const { data: mine } = await api.get("/vendor/payouts", forno)
        expect(mine.payouts[0]).toMatchObject({ id: payoutA.id, status: "paid", stripe_transfer_id: made()[0].id, amount: made()[0].amount })
        expect(made()).toHaveLength(1)
        expect(payoutA.amount).toBe(childA.gross - childA.commission - payoutA.items[0].fund_share)

        // 3. The resident is refunded the bread after the maker was paid: the maker owes its part back.
        const refund = childA.gross
        await api.post(`/admin/payments/${(await payment(a.order.id)).id}/refund`, { amount: refund / 100 }, district.admin)
        const owed = -(refund - Math.round((refund * Math.round((childA.commission / childA.gross) * 10_000)) / 10_000))
        await waitFor("the refund owed back", async () => (await api.get("/vendor/payouts", forno)).data.balance.owed === owed)

        // A smaller order next: nothing is transferred, the rest stays owed.
        const b = await placeOrder(api, district.store, district.regionId, [{ variant_id: bread.id, quantity: 1 }], { provider: "pp_system_default" })
        const [childB] = await childOrdersOf(container, b.order.id, 1)
        await api.post(`/admin/orders/${b.order.id}/cash-collection`, { amount: cents(b.order.total) }, district.admin)
        await deliverChildOrder(api, district.admin, childB.order_id, container)
        await waitFor("the second delivered sale", async () => (await api.get("/vendor/payouts", forno)).data.balance.pending > 0)
        const transfersBefore = fake.transfers.size
        const { data: offsetRun } = await api.post("/admin/payouts/run", {}, district.admin)
        expect(offsetRun.payouts).toHaveLength(1)
        const offset = offsetRun.payouts[0]
        const netB = offset.items.find((i: any) => i.kind === "sale").net
        expect(netB).toBeLessThan(-owed)
        expect(offset).toMatchObject({ status: "offset", amount: 0, method: "none" })
        expect(offset.items.reduce((s: number, i: any) => s + i.net, 0)).toBe(0)
        expect(fake.transfers.size).toBe(transfersBefore)
        const { data: after } = await api.get("/vendor/payouts", forno)
        expect(after.balance.owed).toBe(owed + netB)

        // A bigger order pays what is left after the debt.
        const c = await placeOrder(api, district.store, district.regionId, [{ variant_id: bread.id, quantity: 3 }], { provider: "pp_system_default" })
        const [childC] = await childOrdersOf(container, c.order.id, 1)
        await api.post(`/admin/orders/${c.order.id}/cash-collection`, { amount: cents(c.order.total) }, district.admin)
        await deliverChildOrder(api, district.admin, childC.order_id, container)
        await waitFor("the third delivered sale", async () => (await api.get("/vendor/payouts", forno)).data.balance.pending > 0)
        const { data: lastRun } = await api.post("/admin/payouts/run", {}, district.admin)
        const last = lastRun.payouts[0]
        const netC = last.items.find((i: any) => i.kind === "sale").net
        expect(last).toMatchObject({ status: "paid", amount: netC + owed + netB })
        expect(fake.transfers.get(last.stripe_transfer_id)).toMatchObject({ amount: netC + owed + netB, destination: accountId, transfer_group: c.order.id })
        expect((await api.get("/vendor/payouts", forno)).data.balance.owed).toBe(0)

        // 4. Stripe stops the account's transfers before the webhook says so: the transfer is refused,
        // the payout is recorded as failed and its order is paid by bank transfer once we know.
        const d = await placeOrder(api, district.store, district.regionId, [{ variant_id: bread.id, quantity: 1 }], { provider: "pp_system_default" })
        const [childD] = await childOrdersOf(container, d.order.id, 1)
        await api.post(`/admin/orders/${d.order.id}/cash-collection`, { amount: cents(d.order.total) }, district.admin)
        await deliverChildOrder(api, district.admin, childD.order_id, container)
        await waitFor("the fourth delivered sale", async () => (await api.get("/vendor/payouts", forno)).data.balance.pending > 0)
        fake.setAccountState(accountId, "restricted")
        const { data: refused } = await api.post("/admin/payouts/run", {}, district.admin)
        expect(refused.payouts).toHaveLength(1)
        expect(refused.payouts[0]).toMatchObject({ status: "failed", method: "stripe", items: [] })
        expect(refused.payouts[0].failure_reason).toMatch(/capabilit/)
        const netD = (await api.get("/vendor/payouts", forno)).data.balance.pending
        expect(netD).toBe(refused.payouts[0].amount)
        expect((await postAccountUpdated(api, fake, accountId)).res.data.outcome).toBe("applied")
        const { data: byBank } = await api.post("/admin/payouts/run", {}, district.admin)
        expect(byBank.payouts).toEqual([expect.objectContaining({ method: "bank_transfer", status: "awaiting_bank_transfer", amount: netD })])
        expect([...fake.transfers.values()].filter((t) => t.transfer_group === d.order.id)).toHaveLength(0)
      })
    })
  },
})
