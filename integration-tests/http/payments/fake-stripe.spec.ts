// The fake speaks Stripe's protocol as the real SDK expects it: if the SDK can talk to it and
// verify its signed events, Medusa's provider and our plugin can too.
import Stripe from "stripe"
import { FakeStripe, signedDelivery, signPayload, startFakeStripe, stripeEvent } from "../../fake-stripe"

describe("fake Stripe server", () => {
  let fake: FakeStripe
  let stripe: Stripe
  beforeAll(() => {
    fake = startFakeStripe()
    stripe = new Stripe("sk_test_fake", { ...fake.sdkOptions, maxNetworkRetries: 0 })
  })
  afterAll(() => fake.close())

  it("creates, confirms and captures a payment intent through the SDK", async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1234, currency: "eur", capture_method: "manual", metadata: { session_id: "ps_1" } })
    expect(intent.status).toBe("requires_payment_method")
    expect(intent.metadata.session_id).toBe("ps_1")
    const confirmed = await stripe.paymentIntents.confirm(intent.id, { payment_method: "pm_card_visa" })
    expect(confirmed.status).toBe("requires_capture")
    await stripe.paymentIntents.update(intent.id, { transfer_group: "order_1" })
    await expect(stripe.paymentIntents.update(intent.id, { transfer_group: "order_2" })).rejects.toThrow(/transfer_group/)
    const captured = await stripe.paymentIntents.capture(intent.id)
    expect(captured).toMatchObject({ status: "succeeded", amount_received: 1234, transfer_group: "order_1" })
    const refund = await stripe.refunds.create({ payment_intent: intent.id, amount: 200 })
    expect(refund.amount).toBe(200)
    await expect(stripe.refunds.create({ payment_intent: intent.id, amount: 2000 })).rejects.toMatchObject({ code: "amount_too_large" })
  })

  it("asks for 3-D Secure with the test card that needs it", async () => {
    const intent = await stripe.paymentIntents.create({ amount: 500, currency: "eur", payment_method: "pm_card_threeDSecure2Required", confirm: true })
    expect(intent.status).toBe("requires_action")
    expect(fake.completeThreeDSecure(intent.id).status).toBe("succeeded")
  })

  it("refuses a wrong key and an unknown resource as Stripe does", async () => {
    const wrong = new Stripe("rk_live_nope", { ...fake.sdkOptions, maxNetworkRetries: 0 })
    await expect(wrong.accounts.retrieve("acct_x")).rejects.toMatchObject({ type: "StripeAuthenticationError" })
    await expect(stripe.transfers.retrieve("tr_missing")).rejects.toMatchObject({ code: "resource_missing", statusCode: 404 })
  })

  it("onboards an Express account and only transfers to it once transfers are active", async () => {
    const account = await stripe.accounts.create({ type: "express", country: "IT", email: "forno@sannazaro.demo" })
    expect(account.charges_enabled).toBe(false)
    const link = await stripe.accountLinks.create({ account: account.id, refresh_url: "http://x/r", return_url: "http://x/ok", type: "account_onboarding" })
    expect(link.url).toContain(account.id)
    await expect(stripe.transfers.create({ amount: 100, currency: "eur", destination: account.id })).rejects.toMatchObject({ code: "insufficient_capabilities_for_transfer" })
    fake.setAccountState(account.id, "enabled")
    expect((await stripe.accounts.retrieve(account.id)).payouts_enabled).toBe(true)
  })

  it("replays an idempotent transfer instead of paying twice, and rejects the key reused with other parameters", async () => {
    const account = await stripe.accounts.create({ type: "express" })
    fake.setAccountState(account.id, "enabled")
    const params = { amount: 900, currency: "eur", destination: account.id, transfer_group: "order_9", metadata: { payout_id: "pay_1" } }
    const first = await stripe.transfers.create(params, { idempotencyKey: "payout-pay_1" })
    const again = await stripe.transfers.create(params, { idempotencyKey: "payout-pay_1" })
    expect(again.id).toBe(first.id)
    expect([...fake.transfers.values()].filter((t) => t.metadata.payout_id === "pay_1")).toHaveLength(1)
    await expect(stripe.transfers.create({ ...params, amount: 901 }, { idempotencyKey: "payout-pay_1" })).rejects.toMatchObject({ type: "StripeIdempotencyError" })
    const listed = await stripe.transfers.list({ transfer_group: "order_9" })
    expect(listed.data.map((t) => t.id)).toEqual([first.id])
  })

  it("signs events so that the SDK's own verifier accepts them, and only them", () => {
    const event = stripeEvent("account.updated", { id: "acct_1", object: "account" })
    const { body, headers } = signedDelivery(event, "whsec_test")
    expect(stripe.webhooks.constructEvent(body, headers["stripe-signature"], "whsec_test").id).toBe(event.id)
    expect(() => stripe.webhooks.constructEvent(body, headers["stripe-signature"], "whsec_other")).toThrow(/signature/i)
    expect(() => stripe.webhooks.constructEvent(body.replace("acct_1", "acct_2"), headers["stripe-signature"], "whsec_test")).toThrow(/signature/i)
    const stale = signPayload(body, "whsec_test", Math.floor(Date.now() / 1000) - 3600)
    expect(() => stripe.webhooks.constructEvent(body, stale, "whsec_test")).toThrow(/tolerance/i)
  })
})
