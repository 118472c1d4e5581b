// Money at the door and one stop per door: a failed delivery collects nothing (API and workflow),
// cash is captured once per pay-on-delivery order of a delivered stop, and the orders of one
// address ride as one stop with one amount to collect.
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { completeDeliveryStopWorkflow } from "@rbv/delivery-rounds/workflows"
import mergeStopsByAddress from "@rbv/delivery-rounds/migration-scripts/merge-stops-by-address"
import carryHeldOrderListsToLinks from "@rbv/delivery-rounds/migration-scripts/carry-held-order-lists-to-links"
import { Migration20261201120000 as DropOrderLists } from "../../../plugins/delivery-rounds/src/modules/delivery/migrations/Migration20261201120000"
import payoutOnCashCollected from "@rbv/vendors/subscribers/payout-cash-collected"
import finishRoundsLeftOpen from "@rbv/delivery-rounds/jobs/finish-rounds-left-open"
import { addressCart, cartWith, productsByMaker, roundOption, VERONETTA_ADDRESS } from "../../helpers/checkout"
import { roundBody, volunteerWithLogin } from "../../helpers/delivery"
import { backendDir, pauseDemoBaskets, seedDistrict, type District } from "../../helpers/district"
import { attempt } from "../../helpers/vendors"
import { waitFor } from "../../helpers/wait-for"
import { cents, STRIPE_KEY, stripeTestEnvironment } from "../payments/helpers"

jest.setTimeout(600_000)

const { fake, restore } = stripeTestEnvironment()
afterAll(restore)

const GIULIA = { ...VERONETTA_ADDRESS, address_1: "Via San Nazaro 12", metadata: { lat: 45.4421, lng: 11.0075 } }
// The same door, typed another way on her second order.
const GIULIA_AGAIN = { ...GIULIA, address_1: "via San Nazaro, 12" }
const PIERO = { ...VERONETTA_ADDRESS, first_name: "Piero", last_name: "Dal Molin", address_1: "Via XX Settembre 40", metadata: { lat: 45.4399, lng: 11.0052 } }
const AMINA = { ...VERONETTA_ADDRESS, first_name: "Amina", last_name: "Diallo", address_1: "Vicolo Cieco Disciplina 3", metadata: { lat: 45.4431, lng: 11.0031 } }

type Placed = { id: string; total: number; email: string; cart_id: string }

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let district: District
    let rider: Awaited<ReturnType<typeof volunteerWithLogin>>
    let roundId: string
    const placed: Record<"giulia1" | "giulia2" | "giuliaCard" | "piero" | "amina", Placed> = {} as never

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const round = async () => (await api.get(`/logistics/rounds/${roundId}`, rider.headers)).data.round
    const stopOf = async (orderId: string) => (await round()).stops.find((s: any) => s.orders.some((o: any) => o.display_id === displayIdOf(orderId)))
    const displayIds = new Map<string, number>()
    const displayIdOf = (orderId: string) => displayIds.get(orderId)!
    const complete = (stopId: string, body: Record<string, unknown>) => api.post(`/logistics/rounds/${roundId}/stops/${stopId}/complete`, body, rider.headers)
    /** The resident's payment as Medusa holds it: what was captured, read straight from the payment module. */
    const paymentOf = async (orderId: string) => {
      const { data } = await query().graph({
        entity: "order",
        fields: ["payment_collections.payments.provider_id", "payment_collections.payments.captured_at", "payment_collections.payments.captures.amount"],
        filters: { id: orderId },
      })
      const payment = (data[0] as any).payment_collections[0].payments[0]
      return { provider_id: payment.provider_id, captured_at: payment.captured_at, captures: (payment.captures ?? []).map((c: any) => cents(c.amount)) }
    }
    /** How the resident sees the order travel (their browser shows the id of the cart it came from). */
    const deliveryOf = async (order: Placed) =>
      (await api.get(`/store/delivery-rounds/orders/${order.id}`, { headers: { ...district.store.headers, "x-rbv-order-secret": order.cart_id } })).data.delivery
    const fundEntriesOf = async (orderId: string) => (await api.get("/admin/brand/fund", district.admin)).data.fund.entries.filter((e: any) => e.order_id === orderId)

    beforeAll(async () => {
      district = await seedDistrict(getContainer(), api, { fromTemplate: true })
      await api.post(`/admin/regions/${district.regionId}`, { payment_providers: ["pp_system_default", "pp_stripe_stripe"] }, district.admin)
      const stripe = new Stripe(STRIPE_KEY, { ...fake.sdkOptions, maxNetworkRetries: 0 })
      const byMaker = [...(await productsByMaker(api, district.store, district.regionId)).values()]
      const variantOf = (k: number) => byMaker[k % byMaker.length].flatMap((p: any) => p.variants).find((v: any) => v.inventory_quantity >= 3)

      /** A resident's whole checkout for the first round's home delivery, paid at the door or by card. */
      async function order(address: Record<string, unknown>, email: string, makers: number[], pay: "cash" | "card"): Promise<Placed> {
        const cartId = await cartWith(api, district.store, district.regionId, makers.map((k) => ({ variant_id: variantOf(k).id, quantity: 1 })))
        await addressCart(api, district.store, cartId, address as any, email)
        const option = await roundOption(api, district.store, cartId)
        roundId = option.offer.rounds[0].id
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, district.store)
        const provider = pay === "cash" ? "pp_system_default" : "pp_stripe_stripe"
        const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, district.store)
        const { data: session } = await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: provider }, district.store)
        if (pay === "card") {
          const intent = session.payment_collection.payment_sessions.find((s: any) => s.provider_id === provider).data.id
          await stripe.paymentIntents.confirm(intent, { payment_method: "pm_card_visa" })
        }
        const { data: completed } = await api.post(`/store/delivery-rounds/carts/${cartId}/complete`, {}, district.store)
        expect(completed.type).toBe("order")
        displayIds.set(completed.order.id, completed.order.display_id)
        return { id: completed.order.id, total: completed.order.total, email, cart_id: cartId }
      }

      placed.giulia1 = await order(GIULIA, "giulia.ferrari@example.org", [0, 1], "cash")
      placed.piero = await order(PIERO, "piero@example.org", [2, 3], "cash")
      placed.giulia2 = await order(GIULIA_AGAIN, "giulia.ferrari@example.org", [4], "cash")
      placed.amina = await order(AMINA, "amina@example.org", [5], "cash")
      placed.giuliaCard = await order(GIULIA, "giulia.ferrari@example.org", [6], "card")

      // Every order split per maker and recorded on its stop before the round closes.
      await waitFor("child orders on every stop", async () => {
        const { data } = await query().graph({ entity: "delivery_stop_order", fields: ["order_id", "orders.id"] })
        return data.length === 5 && data.every((r: any) => (r.orders ?? []).length > 0)
      })
      rider = await volunteerWithLogin(api, district.admin, "Marta Bellini", "marta@volontari.demo")
      await api.post(`/admin/delivery-rounds/${roundId}`, { volunteer_ids: [rider.id] }, district.admin)
      // Closing the round by hand places the demo residents' weekly baskets: this file counts its own five orders.
      await pauseDemoBaskets(getContainer())
      await api.post(`/admin/delivery-rounds/${roundId}/status`, { status: "closed" }, district.admin)
    })

    /** Plans and starts the round (each test starts from the closed round of beforeAll). */
    async function ride() {
      await api.post(`/logistics/rounds/${roundId}/plan`, {}, rider.headers)
      return (await api.post(`/logistics/rounds/${roundId}/start`, {}, rider.headers)).data.round
    }

    describe("POST /logistics/rounds/:id/stops/:stop_id/complete", () => {
      it("a failed stop with an amount is refused (400 naming amount_collected), by the API and by the workflow, and nothing changes", async () => {
        await ride()
        const piero = await stopOf(placed.piero.id)
        expect(piero.amount_to_collect).toBe(cents(placed.piero.total))

        for (const amount_collected of [piero.amount_to_collect, 0]) {
          const refused = await attempt(complete(piero.id, { outcome: "failed", note: "Nessuno in casa", amount_collected }))
          expect(refused.status).toBe(400)
          expect(refused.data).toMatchObject({ code: "invalid_field", field: "amount_collected" })
        }
        // The rule lives in the workflow too, not only in the route's validator.
        const direct = await completeDeliveryStopWorkflow(getContainer()).run({
          input: { round_id: roundId, stop_id: piero.id, outcome: "failed", note: "Nessuno in casa", amount_collected: 500 },
          throwOnError: false,
        })
        expect(direct.errors[0]?.error?.message).toMatch(/^amount_collected: /)
        // Through the workflow engine the refusal keeps its code and field.
        expect(direct.errors[0]?.error).toMatchObject({ code: "amount_not_collectable", field: "amount_collected" })

        const after = await round()
        expect(after.stops.find((s: any) => s.id === piero.id)).toMatchObject({ status: "scheduled", amount_collected: null })
        expect(after.totals.amount_collected).toBe(0)
        expect((await paymentOf(placed.piero.id)).captures).toEqual([])
      })

      it("failed without an amount: nothing is captured, the round's collected total and the fund stay as they were; delivered with the cash: captured once, a retry captures nothing more", async () => {
        const started = await ride()
        const piero = await stopOf(placed.piero.id)
        const amina = await stopOf(placed.amina.id)
        expect(started.totals.amount_collected).toBe(0)

        const { data: failed } = await complete(piero.id, { outcome: "failed", note: "Citofono guasto" })
        expect(failed.round.stops.find((s: any) => s.id === piero.id)).toMatchObject({ status: "failed", amount_collected: null, payment_mode: "on_delivery" })
        expect(failed.round.totals.amount_collected).toBe(0)

        // Amina pays at the door: the events after Piero's are handled once hers are, so his can be judged then.
        const due = cents(placed.amina.total)
        expect(amina.amount_to_collect).toBe(due)
        const { data: delivered } = await complete(amina.id, { outcome: "delivered", amount_collected: due })
        expect(delivered.round.totals.amount_collected).toBe(due)
        // At once, before the capture that follows: nothing left to collect at her door.
        expect(delivered.round.stops.find((s: any) => s.id === amina.id)).toMatchObject({ payment_mode: "on_delivery", amount_to_collect: 0, amount_collected: due })
        const captured = await waitFor("Amina's payment captured", async () => {
          const p = await paymentOf(placed.amina.id)
          return p.captures.length > 0 && p
        })
        expect(captured.captures).toEqual([due])
        await waitFor("Amina's order in the fund", async () => (await fundEntriesOf(placed.amina.id)).length > 0)

        const pieroPayment = await paymentOf(placed.piero.id)
        expect(pieroPayment.captured_at).toBeFalsy()
        expect(pieroPayment.captures).toEqual([])
        expect(await fundEntriesOf(placed.piero.id)).toEqual([])
        // Still owed: a failed pay-on-delivery stop keeps what is to collect, and says how it is paid.
        const pieroAfter = (await round()).stops.find((s: any) => s.id === piero.id)
        expect(pieroAfter).toMatchObject({ payment_mode: "on_delivery", amount_to_collect: cents(placed.piero.total), amount_collected: null })
        // Amina's stop: paid on delivery (not "online"), nothing left to collect, what was taken.
        expect((await round()).stops.find((s: any) => s.id === amina.id)).toMatchObject({ payment_mode: "on_delivery", amount_to_collect: 0, amount_collected: due })

        // A retry of the same completion is refused; a replayed cash event captures nothing more.
        const retry = await attempt(complete(amina.id, { outcome: "delivered", amount_collected: due }))
        expect(retry.status).toBe(400)
        expect(retry.data.code).toBe("stop_already_completed")
        // The replay runs the handler the event bus runs, awaited: no waiting for "nothing happened".
        const entries = await fundEntriesOf(placed.amina.id)
        await payoutOnCashCollected({ event: { name: "delivery_round.cash_collected", data: { order_id: placed.amina.id, amount: due } }, container: getContainer() } as any)
        expect((await paymentOf(placed.amina.id)).captures).toEqual([due])
        expect(await fundEntriesOf(placed.amina.id)).toEqual(entries)
        expect((await round()).totals.amount_collected).toBe(due)
      })
    })

    describe("a second pass at a door that failed", () => {
      it("while the round is on the road the rider delivers a failed stop after all: the cash captured once, the first note kept; never failed twice, never once collected at the hub nor after the round completed", async () => {
        await ride()
        const piero = await stopOf(placed.piero.id)
        const amina = await stopOf(placed.amina.id)
        const due = cents(placed.piero.total)
        await complete(piero.id, { outcome: "failed", note: "Non risponde al citofono" })
        const failedStop = (await round()).stops.find((s: any) => s.id === piero.id)
        expect(failedStop).toMatchObject({ status: "failed", can_deliver_again: true, amount_to_collect: due })
        // A scheduled stop is not "again"; a failed one is not failed twice.
        expect((await round()).stops.find((s: any) => s.id === amina.id).can_deliver_again).toBe(false)
        expect(await attempt(complete(piero.id, { outcome: "failed", note: "Ancora niente" }))).toMatchObject({ status: 400, data: { code: "stop_already_completed" } })
        // More than owed is refused on the second pass as on the first.
        expect(await attempt(complete(piero.id, { outcome: "delivered", amount_collected: due + 1 }))).toMatchObject({ status: 400, data: { code: "amount_over_due" } })

        const { data: again } = await complete(piero.id, { outcome: "delivered", amount_collected: due })
        expect(again.round.stops.find((s: any) => s.id === piero.id)).toMatchObject({
          status: "delivered",
          note: "Non risponde al citofono",
          amount_collected: due,
          amount_to_collect: 0,
          can_deliver_again: false,
        })
        const captured = await waitFor("Piero's payment captured", async () => {
          const p = await paymentOf(placed.piero.id)
          return p.captures.length > 0 && p
        })
        expect(captured.captures).toEqual([due])
        expect(await deliveryOf(placed.piero)).toMatchObject({ stop_status: "delivered", hub: null })
        expect(await attempt(complete(piero.id, { outcome: "delivered", amount_collected: 0 }))).toMatchObject({ status: 400, data: { code: "stop_already_completed" } })

        // Amina's door fails too, and she comes to the hub before the rider is back: no second pass at her door.
        await complete(amina.id, { outcome: "failed", note: "Trasferita" })
        expect((await stopOf(placed.amina.id)).can_deliver_again).toBe(true)
        const aminaDue = cents(placed.amina.total)
        await api.post(`/admin/orders/${placed.amina.id}/delivery/hub-collection`, { amount: aminaDue }, district.admin)
        expect((await stopOf(placed.amina.id)).can_deliver_again).toBe(false)
        expect(await attempt(complete(amina.id, { outcome: "delivered" }))).toMatchObject({ status: 400, data: { code: "order_already_delivered" } })
        // The rider cannot close the round while a door is left to ride to.
        const finish = () => api.post(`/logistics/rounds/${roundId}/finish`, {}, rider.headers)
        expect(await attempt(finish())).toMatchObject({ status: 400, data: { code: "stops_remaining" } })
        // The rest delivered, every door settled (Amina's collected at the hub): the round completes by itself, and
        // there is no second pass after that.
        for (const stop of (await round()).stops.filter((s: any) => s.status === "scheduled")) {
          await complete(stop.id, { outcome: "delivered", amount_collected: stop.amount_to_collect })
        }
        const done = await round()
        expect(done).toMatchObject({ status: "completed", can_finish: false })
        expect(done.stops.find((s: any) => s.id === amina.id)).toMatchObject({ status: "failed", can_deliver_again: false })
        expect(await attempt(complete(amina.id, { outcome: "delivered" }))).toMatchObject({ status: 400, data: { code: "round_not_in_progress" } })
        // Her cash captured once, from the hub.
        await waitFor("Amina's payment captured", async () => (await paymentOf(placed.amina.id)).captures.length > 0)
        expect((await paymentOf(placed.amina.id)).captures).toEqual([aminaDue])
      })
    })

    describe("a hub collection that settles the round's last open door", () => {
      it("completes the round as a delivery at its last door would; one that leaves a door to ring again does not", async () => {
        await ride()
        const piero = await stopOf(placed.piero.id)
        const amina = await stopOf(placed.amina.id)
        await complete(piero.id, { outcome: "failed", note: "Non in casa" })
        await complete(amina.id, { outcome: "failed", note: "Non risponde" })
        for (const stop of (await round()).stops.filter((s: any) => s.status === "scheduled")) {
          await complete(stop.id, { outcome: "delivered", amount_collected: stop.amount_to_collect })
        }
        expect(await round()).toMatchObject({ status: "in_progress", can_finish: true })
        const collect = (order: Placed) => api.post(`/admin/orders/${order.id}/delivery/hub-collection`, { amount: cents(order.total) }, district.admin)
        // Piero collects his: Amina's door could still be rung on the way back, so the round waits for the rider.
        await collect(placed.piero)
        expect(await round()).toMatchObject({ status: "in_progress", can_finish: true })
        expect((await stopOf(placed.amina.id)).can_deliver_again).toBe(true)
        // Amina collects hers: no door is left, the round completes, and the rider's close has nothing left to do.
        await collect(placed.amina)
        expect(await round()).toMatchObject({ status: "completed", can_finish: false })
        expect((await api.post(`/logistics/rounds/${roundId}/finish`, {}, rider.headers)).status).toBe(200)
        for (const order of [placed.piero, placed.amina]) {
          await waitFor("the hub's cash captured", async () => (await paymentOf(order.id)).captures.length > 0)
          expect((await paymentOf(order.id)).captures).toEqual([cents(order.total)])
        }
      })
    })

    describe("Medusa's own «Capture payment» on an order paid at the door", () => {
      it("takes a resident's payment ahead before the round leaves (the door then collects the rest); refuses it once the round has left until the order is delivered or collected at the hub", async () => {
        const paymentIdOf = async (orderId: string) =>
          ((await query().graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: orderId } })).data[0] as any).payment_collections[0].payments[0].id
        const capture = async (order: Placed) => attempt(api.post(`/admin/payments/${await paymentIdOf(order.id)}/capture`, {}, district.admin))
        // Giulia pays her second order ahead at the Casa Comune: her door then collects only the first one.
        expect((await capture(placed.giulia2)).status).toBe(200)
        expect((await paymentOf(placed.giulia2.id)).captures).toEqual([cents(placed.giulia2.total)])
        await ride()
        expect((await stopOf(placed.giulia1.id)).amount_to_collect).toBe(cents(placed.giulia1.total))

        // On the road: the rider is about to take Piero's cash, so no one records it by hand.
        const onTheRoad = await capture(placed.piero)
        expect(onTheRoad).toMatchObject({ status: 400, data: { code: "cash_not_taken", field: "payment" } })
        // Said in the coordinator's language (Medusa's admin tells the API none): Italian unless she chose English.
        expect(onTheRoad.data.message).toContain("i contanti li registra il volontario")
        const piero = await stopOf(placed.piero.id)
        await complete(piero.id, { outcome: "failed", note: "Non in casa" })
        // Failed: nobody took it either; the message points to the hub.
        const failed = await capture(placed.piero)
        expect(failed).toMatchObject({ status: 400, data: { code: "cash_not_taken", field: "payment" } })
        expect(failed.data.message).toContain("Casa Comune")
        const { data: me } = await api.get("/admin/users/me", district.admin)
        await api.post(`/admin/users/${me.user.id}`, { metadata: { ...me.user.metadata, locale: "en" } }, district.admin)
        expect((await capture(placed.piero)).data.message).toContain("when the resident pays at the hub")
        await api.post(`/admin/users/${me.user.id}`, { metadata: me.user.metadata ?? {} }, district.admin)
        expect((await paymentOf(placed.piero.id)).captures).toEqual([])
        expect((await stopOf(placed.piero.id)).amount_to_collect).toBe(cents(placed.piero.total))
        // Collected at the hub: captured there, and Medusa's capture goes through again taking nothing more.
        await api.post(`/admin/orders/${placed.piero.id}/delivery/hub-collection`, { amount: cents(placed.piero.total) }, district.admin)
        await waitFor("Piero's payment captured", async () => (await paymentOf(placed.piero.id)).captures.length > 0)
        expect((await capture(placed.piero)).status).toBe(200)
        expect((await paymentOf(placed.piero.id)).captures).toEqual([cents(placed.piero.total)])
      })
    })

    describe("the rider's second pass and a coordinator's hub collection of one door at the same moment", () => {
      it("one of them delivers the order, the other is refused; the cash is captured once and the order fulfilled once", async () => {
        await ride()
        const piero = await stopOf(placed.piero.id)
        const due = cents(placed.piero.total)
        await complete(piero.id, { outcome: "failed", note: "Citofono guasto" })
        const [rider, hub] = await Promise.all([
          attempt(complete(piero.id, { outcome: "delivered", amount_collected: due })),
          attempt(api.post(`/admin/orders/${placed.piero.id}/delivery/hub-collection`, { amount: due }, district.admin)),
        ])
        expect([rider.status, hub.status].sort()).toEqual([200, 400])
        await waitFor("Piero's payment captured", async () => (await paymentOf(placed.piero.id)).captures.length > 0)
        expect((await paymentOf(placed.piero.id)).captures).toEqual([due])
        const { data } = await query().graph({ entity: "order", fields: ["fulfillments.delivered_at"], filters: { id: placed.piero.id } })
        expect((data[0] as any).fulfillments.map((f: any) => Boolean(f.delivered_at))).toEqual([true])
        const stop = await stopOf(placed.piero.id)
        // The door as whichever came first left it: delivered by the rider, or failed and collected at the hub.
        expect(stop).toMatchObject(rider.status === 200 ? { status: "delivered", amount_collected: due } : { status: "failed", can_deliver_again: false })
        expect((await deliveryOf(placed.piero)).stop_status).toBe(rider.status === 200 ? "delivered" : "failed")
      })
    })

    describe("POST /admin/orders/:id/delivery/hub-collection", () => {
      it("after a failed delivery the coordinator reads the stop's outcome on the order and records its collection at the hub: the order and its makers' parts delivered, the cash captured once; refused before the failure, over what is owed, to anyone but a coordinator, and twice", async () => {
        await ride()
        const piero = await stopOf(placed.piero.id)
        const due = cents(placed.piero.total)
        const path = `/admin/orders/${placed.piero.id}/delivery`
        const collect = (body: Record<string, unknown>, headers: object = district.admin) => attempt(api.post(`${path}/hub-collection`, body, headers))

        expect((await api.get(path, district.admin)).data.delivery).toMatchObject({ round: { id: roundId }, stop: { status: "scheduled" }, amount_to_collect: due, can_record_hub_collection: false })
        expect(await collect({ amount: due })).toMatchObject({ status: 400, data: { code: "delivery_not_failed" } })

        await complete(piero.id, { outcome: "failed", note: "Citofono guasto" })
        // The rest of the run delivered: the round completes and its shipping options are gone (Medusa's order
        // fulfillment reads one — the collection must not need the round's own).
        for (const stop of (await round()).stops.filter((s: any) => s.status === "scheduled")) {
          await complete(stop.id, { outcome: "delivered", amount_collected: stop.amount_to_collect })
        }
        // Piero's door could still be rung again, so the round waits for the rider to close it. She forgets: while
        // its evening lasts nothing changes; six hours after its end the round is closed for her.
        expect(await round()).toMatchObject({ status: "in_progress", can_finish: true })
        const delivery = getContainer().resolve("delivery") as any
        const { ends_at } = await delivery.retrieveDeliveryRound(roundId)
        await delivery.updateDeliveryRounds({ id: roundId, ends_at: new Date(Date.now() - 5.9 * 3_600_000) })
        await finishRoundsLeftOpen(getContainer())
        expect((await round()).status).toBe("in_progress")
        await delivery.updateDeliveryRounds({ id: roundId, ends_at: new Date(Date.now() - 6.1 * 3_600_000) })
        await finishRoundsLeftOpen(getContainer())
        expect((await round()).status).toBe("completed")
        await delivery.updateDeliveryRounds({ id: roundId, ends_at })
        // A quiet season: no other round open either, so no option of the rounds' provider is left anywhere.
        const { data: all } = await api.get("/admin/delivery-rounds?limit=100", district.admin)
        for (const other of all.delivery_rounds.filter((r: any) => !["completed", "cancelled"].includes(r.status))) {
          await api.post(`/admin/delivery-rounds/${other.id}/status`, { status: "cancelled" }, district.admin)
        }
        const liveOptions = async () => (await query().graph({ entity: "shipping_option", fields: ["id"], filters: { provider_id: "delivery-rounds_rounds" } })).data
        expect(await liveOptions()).toEqual([])
        const { data: failed } = await api.get(path, district.admin)
        expect(failed.delivery).toMatchObject({
          stop: { status: "failed", note: "Citofono guasto", completed_by: "Marta Bellini" },
          payment_mode: "on_delivery",
          amount_to_collect: due,
          amount_collected: null,
          delivered_at: null,
          can_record_hub_collection: true,
        })
        // Piero reads where his order goes back until he has it: the network's hub.
        const { data: points } = await api.get("/admin/pickup-points", district.admin)
        const hub = points.pickup_points.find((p: any) => p.is_hub)
        expect(await deliveryOf(placed.piero)).toMatchObject({
          stop_status: "failed",
          collected_at: null,
          hub: { name: hub.name, address_1: hub.address_1, postal_code: hub.postal_code, city: hub.city },
        })
        // The coordinators' list of residents to call back has him, with what he still owes, and no one else: every
        // other door of the round was delivered.
        const toCallBack = async () => (await api.get("/admin/failed-deliveries", district.admin)).data.failed_deliveries
        expect(await toCallBack()).toEqual([
          expect.objectContaining({ order_id: placed.piero.id, display_id: displayIdOf(placed.piero.id), resident: "Piero Dal Molin", kind: "home", note: "Citofono guasto", payment_mode: "on_delivery", amount_to_collect: due, round: expect.objectContaining({ id: roundId }) }),
        ])
        // Coordinators only: the round's rider, the storefront's key, no one.
        for (const headers of [rider.headers, district.store, {}]) {
          expect((await collect({ amount: due }, headers)).status).toBe(401)
          expect((await attempt(api.get(path, headers))).status).toBe(401)
          expect((await attempt(api.get("/admin/failed-deliveries", headers))).status).toBe(401)
        }
        // More than owed, or not an amount: a 400 naming the field, and nothing taken.
        expect(await collect({ amount: due + 1 })).toMatchObject({ status: 400, data: { code: "amount_over_due", field: "amount" } })
        expect(await collect({ amount_typed: "dodici" })).toMatchObject({ status: 400, data: { field: "amount_typed" } })
        expect((await paymentOf(placed.piero.id)).captures).toEqual([])

        // Typed as the Italian admin types it, by two coordinators at once: one records it, the other is told it is done.
        const typed = (due / 100).toFixed(2).replace(".", ",")
        const italian = { headers: { ...district.admin.headers, "content-language": "it" } }
        const both = await Promise.all([collect({ amount_typed: typed }, italian), collect({ amount_typed: typed }, italian)])
        expect(both.map((r) => r.status).sort()).toEqual([200, 400])
        expect(both.find((r) => r.status === 400).data.code).toBe("order_already_delivered")
        const collected = both.find((r) => r.status === 200)
        expect(collected.data.delivery).toMatchObject({ stop: { status: "failed" }, amount_collected: due, amount_to_collect: 0, can_record_hub_collection: false })
        expect(collected.data.delivery.delivered_at).toBeTruthy()
        expect(collected.data.delivery.collected_at).toBeTruthy()
        // Collected: nobody left to call back.
        expect(await toCallBack()).toEqual([])
        // Piero reads it on his order: not delivered at the door, collected at the hub.
        expect(await deliveryOf(placed.piero)).toMatchObject({ stop_status: "failed", note: "Citofono guasto", collected_at: collected.data.delivery.collected_at, hub: null })
        const captured = await waitFor("Piero's payment captured", async () => {
          const p = await paymentOf(placed.piero.id)
          return p.captures.length > 0 && p
        })
        expect(captured.captures).toEqual([due])
        // His order and each maker's part of it delivered, as at the door.
        const { data: orders } = await query().graph({ entity: "order", fields: ["id", "metadata", "fulfillments.delivered_at"] })
        const his = (orders as any[]).filter((o) => o.id === placed.piero.id || o.metadata?.parent_order_id === placed.piero.id)
        expect(his.length).toBe(3)
        for (const o of his) expect((o.fulfillments ?? []).some((f: any) => f.delivered_at)).toBe(true)
        // Fulfilled through the option of the round he chose, which is gone again: nothing offered at checkout.
        const { data: fulfilled } = await query().graph({ entity: "order", fields: ["shipping_methods.shipping_option_id", "fulfillments.shipping_option_id"], filters: { id: placed.piero.id } })
        const ownOption = (fulfilled[0] as any).shipping_methods[0].shipping_option_id
        expect((fulfilled[0] as any).fulfillments.map((f: any) => f.shipping_option_id)).toEqual([ownOption])
        expect(await liveOptions()).toEqual([])

        expect(await collect({ amount: 0 })).toMatchObject({ status: 400, data: { code: "order_already_delivered" } })
        expect((await paymentOf(placed.piero.id)).captures).toEqual([due])
        // The volunteer's record stays what happened at the door.
        expect((await round()).stops.find((s: any) => s.id === piero.id)).toMatchObject({ status: "failed", amount_collected: null })
      })
    })

    describe("POST /admin/orders/:id/delivery/reroute", () => {
      it("after a failed delivery the coordinator puts the order into a later round: the resident reads it, it leaves the call-back list and the rider's second pass, and rides there from the hub — no maker's pickup — to be delivered with its cash captured once; refused before the failure, into its own, an unknown or a cancelled round, to anyone but a coordinator, and twice", async () => {
        await ride()
        const piero = await stopOf(placed.piero.id)
        const due = cents(placed.piero.total)
        const path = `/admin/orders/${placed.piero.id}/delivery`
        const card = async () => (await api.get(path, district.admin)).data.delivery
        const reroute = (body: Record<string, unknown>, headers: object = district.admin) => attempt(api.post(`${path}/reroute`, body, headers))
        const toCallBack = async () => (await api.get("/admin/failed-deliveries", district.admin)).data.failed_deliveries.map((f: any) => f.order_id)
        const delivery = getContainer().resolve("delivery") as any
        const { data: all } = await api.get("/admin/delivery-rounds?limit=100", district.admin)
        const later = all.delivery_rounds.find((r: any) => r.id !== roundId && ["open", "closed"].includes(r.status) && new Date(r.starts_at) > new Date())
        const spare = (await api.post("/admin/delivery-rounds", roundBody(later.zone_ids, 5, { name: "Giro di riserva" }), district.admin)).data.delivery_round

        expect(await card()).toMatchObject({ attempt: 1, can_reroute: false, reroute_rounds: [] })
        expect(await reroute({ round_id: later.id })).toMatchObject({ status: 400, data: { code: "delivery_not_failed" } })
        await complete(piero.id, { outcome: "failed", note: "Citofono guasto" })
        const failed = await card()
        expect(failed.can_reroute).toBe(true)
        const offered = failed.reroute_rounds.map((r: any) => r.id)
        expect(offered).toEqual(expect.arrayContaining([later.id, spare.id]))
        expect(offered).not.toContain(roundId)

        // Coordinators only; a round it can go into, named by the field.
        for (const headers of [rider.headers, district.store, {}]) expect((await reroute({ round_id: later.id }, headers)).status).toBe(401)
        expect(await reroute({})).toMatchObject({ status: 400, data: { field: "round_id" } })
        expect(await reroute({ round_id: roundId })).toMatchObject({ status: 400, data: { code: "same_round", field: "round_id" } })
        expect(await reroute({ round_id: "dround_none" })).toMatchObject({ status: 404, data: { code: "round_not_found", field: "round_id" } })
        await api.post(`/admin/delivery-rounds/${spare.id}/status`, { status: "cancelled" }, district.admin)
        expect(await reroute({ round_id: spare.id })).toMatchObject({ status: 400, data: { code: "round_not_reroutable", field: "round_id" } })
        expect((await card()).reroute_rounds.map((r: any) => r.id)).not.toContain(spare.id)
        // Refused: nothing moved.
        expect(await card()).toMatchObject({ attempt: 1, round: { id: roundId }, stop: { id: piero.id, status: "failed" } })
        expect(await toCallBack()).toEqual([placed.piero.id])
        const dropsBefore = (await delivery.retrieveDeliveryRound(later.id)).drops_taken

        const moved = await reroute({ round_id: later.id })
        expect(moved).toMatchObject({ status: 200 })
        expect(moved.data.delivery).toMatchObject({ attempt: 2, round: { id: later.id }, stop: { status: "scheduled" }, amount_to_collect: due, can_reroute: false, can_record_hub_collection: false })
        // A new door for that round: one of its drops.
        expect((await delivery.retrieveDeliveryRound(later.id)).drops_taken).toBe(dropsBefore + 1)
        expect(await reroute({ round_id: later.id })).toMatchObject({ status: 400, data: { code: "delivery_not_failed" } })
        // One row per attempt, whatever the caller: the table refuses a second one.
        await expect(delivery.createDeliveryStopOrders({ order_id: placed.piero.id, attempt: 2, stop_id: moved.data.delivery.stop.id })).rejects.toThrow()
        expect((await delivery.listDeliveryStopOrders({ order_id: placed.piero.id })).map((r: any) => r.attempt).sort()).toEqual([1, 2])

        // Piero reads his new round; nobody is left to call back; the first round keeps what happened at his door and
        // its rider cannot ring there again.
        expect(await deliveryOf(placed.piero)).toMatchObject({ round_id: later.id, stop_status: "scheduled", note: null, hub: null, can_cancel: false })
        // Prepared for the first round, it is no longer his to cancel alone, whatever the new round's cutoff.
        const cancel = await attempt(api.post(`/store/delivery-rounds/orders/${placed.piero.id}/cancel`, {}, { headers: { ...district.store.headers, "x-rbv-order-secret": placed.piero.cart_id } }))
        expect(cancel).toMatchObject({ status: 400, data: { code: "order_rerouted" } })
        expect(await toCallBack()).toEqual([])
        expect((await round()).stops.find((s: any) => s.id === piero.id)).toMatchObject({ status: "failed", note: "Citofono guasto", can_deliver_again: false })
        expect(await attempt(complete(piero.id, { outcome: "delivered", amount_collected: due }))).toMatchObject({ status: 400, data: { code: "order_rerouted" } })
        expect(await attempt(api.post(`${path}/hub-collection`, { amount: due }, district.admin))).toMatchObject({ status: 400, data: { code: "delivery_not_failed" } })
        // Its other doors delivered, the first round has none left to ride to: it completes by itself.
        for (const stop of (await round()).stops.filter((s: any) => s.status === "scheduled")) {
          await complete(stop.id, { outcome: "delivered", amount_collected: stop.amount_to_collect })
        }
        expect((await round()).status).toBe("completed")

        // The later round: his order rides from the hub — on the run sheet, not in any maker's pickup.
        await api.post(`/admin/delivery-rounds/${later.id}`, { volunteer_ids: [rider.id] }, district.admin)
        const laterSheet = async () => (await api.get(`/logistics/rounds/${later.id}`, rider.headers)).data.round
        const sheet = await laterSheet()
        const his = sheet.stops.find((s: any) => s.orders.some((o: any) => o.display_id === displayIdOf(placed.piero.id)))
        expect(his.orders.find((o: any) => o.display_id === displayIdOf(placed.piero.id))).toMatchObject({ from_hub: true, amount_to_collect: due })
        // His two makers' goods are on his stop; the makers the rider collects from are only the other doors' makers.
        const hisMakers = new Set(his.items.map((i: any) => i.maker_name))
        expect(hisMakers.size).toBe(2)
        const otherMakers = new Set(sheet.stops.filter((s: any) => s.id !== his.id).flatMap((s: any) => s.items.map((i: any) => i.maker_name)))
        expect(new Set(sheet.makers.map((m: any) => m.name))).toEqual(otherMakers)
        for (const maker of sheet.makers) expect(maker.items.map((i: any) => i.display_id)).not.toContain(displayIdOf(placed.piero.id))
        if (sheet.status === "open") await api.post(`/admin/delivery-rounds/${later.id}/status`, { status: "closed" }, district.admin)
        await api.post(`/logistics/rounds/${later.id}/plan`, {}, rider.headers)
        const { data: started } = await api.post(`/logistics/rounds/${later.id}/start`, {}, rider.headers)
        expect(started.round.status).toBe("in_progress")
        await api.post(`/logistics/rounds/${later.id}/stops/${his.id}/complete`, { outcome: "delivered", amount_collected: his.amount_to_collect }, rider.headers)
        const captured = await waitFor("Piero's payment captured", async () => {
          const p = await paymentOf(placed.piero.id)
          return p.captures.length > 0 && p
        })
        expect(captured.captures).toEqual([due])
        expect(await deliveryOf(placed.piero)).toMatchObject({ round_id: later.id, stop_status: "delivered" })
        // His order and each maker's part delivered, once.
        const { data: orders } = await query().graph({ entity: "order", fields: ["id", "metadata", "fulfillments.delivered_at"] })
        const parts = (orders as any[]).filter((o) => o.id === placed.piero.id || o.metadata?.parent_order_id === placed.piero.id)
        expect(parts.length).toBe(3)
        for (const o of parts) expect((o.fulfillments ?? []).filter((f: any) => f.delivered_at).length).toBe(1)
        expect((await card()).amount_to_collect).toBe(0)
      })
    })

    describe("one address, one stop", () => {
      it("a resident's orders to one door are one stop and one job for the planner, with one amount: the sum of her pay-on-delivery orders (card: 0)", async () => {
        const closed = await round()
        // Five orders, three doors; the orders joining a door took no extra drop.
        expect(closed.totals.orders).toBe(5)
        expect(closed.stops).toHaveLength(3)
        expect((await api.get(`/admin/delivery-rounds/${roundId}`, district.admin)).data.delivery_round.drops_taken).toBe(3)
        const giulia = await stopOf(placed.giulia1.id)
        // Before the ride, first name and initial only.
        expect(giulia.customer_name).toBe("Giulia F.")
        const hers = [placed.giulia1, placed.giulia2, placed.giuliaCard]
        expect(giulia.orders.map((o: any) => o.display_id)).toEqual(hers.map((o) => displayIdOf(o.id)).sort((a, b) => a - b))
        expect(giulia.payment_mode).toBe("mixed")
        expect(giulia.orders.find((o: any) => o.display_id === displayIdOf(placed.giuliaCard.id))).toMatchObject({ payment_mode: "online", amount_to_collect: 0 })
        // Independently: her cash orders' totals as the admin API gives them.
        const totals = await Promise.all([placed.giulia1, placed.giulia2].map(async (o) => cents((await api.get(`/admin/orders/${o.id}?fields=total`, district.admin)).data.order.total)))
        expect(giulia.amount_to_collect).toBe(totals[0] + totals[1])
        // Her items: every line of her three orders.
        const { data: lines } = await query().graph({ entity: "order", fields: ["items.*"], filters: { id: hers.map((o) => o.id) } })
        const pieces = (lines as any[]).flatMap((o) => o.items).reduce((n: number, i: any) => n + Number(i.quantity), 0)
        expect(giulia.items.reduce((n: number, i: any) => n + i.quantity, 0)).toBe(pieces)

        const { data: planned } = await api.post(`/logistics/rounds/${roundId}/plan`, {}, rider.headers)
        const delivers = planned.round.plan.steps.filter((s: any) => s.type === "deliver")
        expect(delivers.map((s: any) => s.stop_id).sort()).toEqual(closed.stops.map((s: any) => s.id).sort())
      })

      it("delivering the stop fulfils all its orders and captures each pay-on-delivery payment once; more cash than owed is refused", async () => {
        await ride()
        const giulia = await stopOf(placed.giulia1.id)
        expect(giulia.customer_name).toBe("Giulia Ferrari")
        const tooMuch = await attempt(complete(giulia.id, { outcome: "delivered", amount_collected: giulia.amount_to_collect + 1 }))
        expect(tooMuch.status).toBe(400)
        expect(tooMuch.data).toMatchObject({ type: "invalid_data", code: "amount_over_due", field: "amount_collected" })
        expect((await stopOf(placed.giulia1.id)).status).toBe("scheduled")

        const { data } = await complete(giulia.id, { outcome: "delivered", amount_collected: giulia.amount_to_collect })
        expect(data.round.totals.amount_collected).toBe(giulia.amount_to_collect)
        for (const order of [placed.giulia1, placed.giulia2]) {
          const p = await waitFor(`payment of ${order.id} captured`, async () => {
            const found = await paymentOf(order.id)
            return found.captures.length > 0 && found
          })
          expect(p.captures).toEqual([cents(order.total)])
        }
        expect((await paymentOf(placed.giuliaCard.id)).captures).toEqual([])
        for (const order of [placed.giulia1, placed.giulia2, placed.giuliaCard]) {
          const { data: o } = await api.get(`/admin/orders/${order.id}?fields=id,fulfillments.delivered_at`, district.admin)
          expect(o.order.fulfillments.map((f: any) => Boolean(f.delivered_at))).toEqual([true])
          expect((await deliveryOf(order)).stop_status).toBe("delivered")
        }
        // One message to Giulia for the whole stop, naming her three orders.
        const told = await waitFor("Giulia told once", async () => {
          const n = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "delivery-delivered", to: "giulia.ferrari@example.org" }, { take: null })
          return n.length > 0 && n
        })
        expect(told).toHaveLength(1)
        expect([...told[0].data.display_ids].sort()).toEqual([placed.giulia1, placed.giulia2, placed.giuliaCard].map((o) => displayIdOf(o.id)).sort())
      })

      it("a cancelled order leaves the stop to the others; the stop and its drop go with the last one", async () => {
        const before = (await api.get(`/admin/delivery-rounds/${roundId}`, district.admin)).data.delivery_round.drops_taken
        await api.post(`/admin/delivery-rounds/${roundId}/status`, { status: "open" }, district.admin)
        await api.post(`/admin/orders/${placed.giulia2.id}/cancel`, {}, district.admin)
        const giulia = await waitFor("Giulia's second order off the stop", async () => {
          const s = await stopOf(placed.giulia1.id)
          return s.orders.length === 2 && s
        })
        expect(giulia.amount_to_collect).toBe(cents(placed.giulia1.total))
        expect((await api.get(`/admin/delivery-rounds/${roundId}`, district.admin)).data.delivery_round.drops_taken).toBe(before)
        expect((await deliveryOf(placed.giulia2)).stop_status).toBe("cancelled")

        await api.post(`/admin/orders/${placed.piero.id}/cancel`, {}, district.admin)
        await waitFor("Piero's stop gone", async () => (await round()).stops.length === 2)
        expect((await api.get(`/admin/delivery-rounds/${roundId}`, district.admin)).data.delivery_round.drops_taken).toBe(before - 1)
        // The makers' parts of both go with them (@rbv/vendors), so no maker prepares them.
        const partsOf = async (orderId: string) => {
          const { data } = await query().graph({ entity: "commission_line", fields: ["order_id"], filters: { parent_order_id: orderId, kind: "sale" } })
          const { data: parts } = await query().graph({ entity: "order", fields: ["status"], filters: { id: data.map((l: any) => l.order_id) } })
          return parts.map((p: any) => p.status)
        }
        for (const order of [placed.giulia2, placed.piero]) {
          await waitFor("the makers' parts cancelled", async () => {
            const statuses = await partsOf(order.id)
            return statuses.length > 0 && statuses.every((s) => s === "canceled")
          })
        }
      })
    })

    describe("dropping the old JSON order lists (Migration20261201120000 + carry-held-order-lists-to-links)", () => {
      it("keeps every listed order of a shop that never carried them: the migration holds them, the script makes them links; an id of no order is left out; twice is once", async () => {
        const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const columnsLeft = async () =>
          (await db.raw(`select column_name from information_schema.columns where table_schema = current_schema() and column_name in ('child_order_ids', 'order_ids') and table_name in ('delivery_stop_order', 'maker_round_outcome')`)).rows
        const heldTable = async () => (await db.raw(`select 1 from information_schema.tables where table_schema = current_schema() and table_name = 'delivery_held_order_list'`)).rows.length
        const linked = async () => {
          const { data } = await query().graph({ entity: "delivery_stop_order", fields: ["id", "order_id", "orders.id"] })
          return Object.fromEntries(data.map((r: any) => [r.id, { order_id: r.order_id, children: (r.orders ?? []).map((o: any) => o.id).sort() }]))
        }
        // What the volunteer's round view makes of the child orders: the makers and their parts.
        const makersOfRound = async () => (await round()).makers.map((m: any) => `${m.vendor_id} ${m.orders_count}`).sort()
        expect(await columnsLeft()).toEqual([])
        const before = await linked()
        const makersBefore = await makersOfRound()
        expect(makersBefore.length).toBeGreaterThan(1)
        const pieroChild = Object.values(before).find((r) => r.order_id === placed.piero.id)!.children[0]
        const { data: kid } = await query().graph({ entity: "order", fields: ["id", "vendor.id"], filters: { id: pieroChild } })

        // The data as a shop on an older release has it: the lists in their JSON columns, no links.
        await db.raw(`alter table delivery_stop_order add column child_order_ids jsonb null`)
        await db.raw(`alter table maker_round_outcome add column order_ids jsonb null`)
        await getContainer().resolve(ContainerRegistrationKeys.LINK).dismiss(
          Object.entries(before).flatMap(([id, r]) => r.children.map((order_id) => ({ delivery: { delivery_stop_order_id: id }, [Modules.ORDER]: { order_id } })))
        )
        for (const [id, r] of Object.entries(before)) {
          await db.raw(`update delivery_stop_order set child_order_ids = ?::jsonb where id = ?`, [JSON.stringify([...r.children, "order_gone"]), id])
        }
        await db.raw(
          `insert into maker_round_outcome (id, round_id, vendor_id, total, minimum, outcome, order_ids, raw_total, raw_minimum)
           values ('mrout_old', ?, ?, 10, 5, 'reached', ?::jsonb, '{"value": "10", "precision": 20}', '{"value": "5", "precision": 20}')`,
          [roundId, (kid[0] as any).vendor.id, JSON.stringify([pieroChild])]
        )
        expect(Object.values(await linked()).flatMap((r) => r.children)).toEqual([])
        expect(await makersOfRound()).toEqual([])

        // db:migrate: the module's migration (the columns go, their ids are held), then the script.
        const migration = new DropOrderLists({} as any, {} as any)
        await migration.up()
        for (const sql of migration.getQueries()) await db.raw(typeof sql === "string" ? sql : sql.toString())
        expect(await columnsLeft()).toEqual([])
        expect(await heldTable()).toBe(1)
        await carryHeldOrderListsToLinks({ container: getContainer(), args: [] } as any)
        await carryHeldOrderListsToLinks({ container: getContainer(), args: [] } as any)

        expect(await heldTable()).toBe(0)
        expect(await linked()).toEqual(before)
        expect(await makersOfRound()).toEqual(makersBefore)
        const { data: outcome } = await query().graph({ entity: "maker_round_outcome", fields: ["orders.id"], filters: { id: "mrout_old" } })
        expect((outcome[0] as any).orders.map((o: any) => o.id)).toEqual([pieroChild])
      })
    })

    describe("migration script merge-stops-by-address", () => {
      it("merges the stops one door had before a stop could hold several orders, and gives their drops back", async () => {
        // The round as the old code left it: one stop per order, no keys, one drop per home order.
        const delivery = getContainer().resolve("delivery") as any
        const rows = await delivery.listDeliveryStopOrders({}, { take: null, relations: ["stop"] })
        const giuliaStop = rows.find((r: any) => r.order_id === placed.giulia1.id).stop
        for (const row of rows.filter((r: any) => r.stop_id === giuliaStop.id && r.order_id !== placed.giulia1.id)) {
          const { id: _id, orders: _orders, round: _round, address_key: _key, created_at: _c, updated_at: _u, deleted_at: _d, ...copy } = giuliaStop
          const own = await delivery.createDeliveryStops({ ...copy, address_key: null })
          await delivery.updateDeliveryStopOrders({ id: row.id, stop_id: own.id })
        }
        const stops = await delivery.listDeliveryStops({ round_id: roundId }, { take: null })
        await delivery.updateDeliveryStops(stops.map((s: any) => ({ id: s.id, address_key: null })))
        await delivery.updateDeliveryRounds({ id: roundId, drops_taken: 5 })
        expect((await round()).stops).toHaveLength(5)

        await mergeStopsByAddress({ container: getContainer(), args: [] } as any)

        const after = await round()
        expect(after.stops).toHaveLength(3)
        expect((await stopOf(placed.giulia1.id)).orders).toHaveLength(3)
        expect((await api.get(`/admin/delivery-rounds/${roundId}`, district.admin)).data.delivery_round.drops_taken).toBe(3)
        // Keyed again: a new order to that door would join the merged stop.
        expect((await delivery.listDeliveryStops({ round_id: roundId, status: "scheduled" }, { take: null })).every((s: any) => s.address_key)).toBe(true)
      })
    })
  },
})
