// Stripe Connect webhooks: only Stripe's signature on the exact bytes counts, old deliveries are
// refused, each event applies once, and an older event never overwrites a newer state.
import { signedDelivery, signPayload, stripeEvent } from "../../fake-stripe"
import { attempt, vendorLogin } from "../../helpers/vendors"
import { cardSuite, postAccountUpdated, stripeTestEnvironment, WEBHOOK_SECRET } from "./helpers"

jest.setTimeout(240_000)

const { fake } = stripeTestEnvironment()

export default cardSuite({
  testSuite: ({ api, getContainer, district }) => {
    describe("POST /hooks/stripe/connect", () => {
      it("keeps the maker's account state in step with Stripe, whatever the network does to the events", async () => {
        const forno = await vendorLogin(api, "forno@sannazaro.demo")
        const status = async () => (await api.get("/vendor/payouts", forno)).data.account

        const { data: link } = await api.post("/vendor/stripe/onboarding", {}, forno)
        const accountId = new URL(link.url).pathname.split("/").pop()!
        expect(fake.accounts.get(accountId)!.metadata.vendor_id).toBeTruthy()
        expect(await status()).toMatchObject({ stripe_status: "pending", stripe_account_id: accountId })
        // Asking again reuses the same account.
        await api.post("/vendor/stripe/onboarding", {}, forno)
        expect(fake.accounts.size).toBe(1)

        const now = Math.floor(Date.now() / 1000)
        fake.setAccountState(accountId, "enabled")
        const enabled = stripeEvent("account.updated", fake.accounts.get(accountId)!, { created: now })
        const delivery = signedDelivery(enabled, WEBHOOK_SECRET)
        const post = (body: string, headers: Record<string, string>) => api.post("/hooks/stripe/connect", body, { headers, validateStatus: () => true })

        // Forged, tampered, unsigned and stale deliveries are refused and change nothing.
        expect((await post(delivery.body, signedDelivery(enabled, "whsec_someone_else").headers)).status).toBe(400)
        expect((await post(delivery.body.replace('"charges_enabled": true', '"charges_enabled": false'), delivery.headers)).status).toBe(400)
        const unsigned = await post(delivery.body, { "content-type": "application/json" })
        expect(unsigned.status).toBe(400)
        expect(unsigned.data.code).toBe("signature_missing")
        const stale = { ...delivery.headers, "stripe-signature": signPayload(delivery.body, WEBHOOK_SECRET, now - 600) }
        const staleRes = await post(delivery.body, stale)
        expect(staleRes.status).toBe(400)
        expect(staleRes.data.code).toBe("signature_invalid")
        expect(staleRes.data.message).toMatch(/tolerance/i)
        expect((await status()).stripe_status).toBe("pending")

        // The genuine event applies once; its replay (same bytes, same signature) is a no-op.
        const first = await post(delivery.body, delivery.headers)
        expect(first.status).toBe(200)
        expect(first.data.outcome).toBe("applied")
        expect(await status()).toMatchObject({ stripe_status: "enabled", requirements_due: [], disabled_reason: null })
        const replay = await post(delivery.body, delivery.headers)
        expect(replay.data.outcome).toBe("duplicate")

        // The same event id re-sent with another content is still the same event.
        fake.setAccountState(accountId, "restricted")
        expect((await postAccountUpdated(api, fake, accountId, { id: enabled.id, created: now + 5 })).res.data.outcome).toBe("duplicate")
        expect((await status()).stripe_status).toBe("enabled")

        // An older event arriving late does not overwrite the newer state; a newer one does.
        expect((await postAccountUpdated(api, fake, accountId, { created: now - 30 })).res.data.outcome).toBe("stale")
        expect((await status()).stripe_status).toBe("enabled")
        expect((await postAccountUpdated(api, fake, accountId, { created: now + 30 })).res.data.outcome).toBe("applied")
        expect(await status()).toMatchObject({ stripe_status: "restricted", requirements_due: ["external_account"], disabled_reason: "requirements.past_due" })

        // Events about accounts that are not ours are acknowledged and ignored.
        const foreign = signedDelivery(stripeEvent("account.updated", { id: "acct_not_ours", object: "account" }), WEBHOOK_SECRET)
        expect((await post(foreign.body, foreign.headers)).data.outcome).toBe("unknown_account")
        const other = signedDelivery(stripeEvent("payout.paid", { id: "po_x", object: "payout" }), WEBHOOK_SECRET)
        expect((await post(other.body, other.headers)).data.outcome).toBe("ignored")

        // Only the shop's owners open onboarding; a resident's token is not a maker's.
        const anon = await attempt(api.post("/vendor/stripe/onboarding", {}, district.store))
        expect(anon.status).toBe(401)
        // The coordinators' payout routes need an admin session.
        for (const call of [() => api.post("/admin/payouts/run", {}), () => api.get("/admin/payouts"), () => api.post("/admin/payouts/bank-batches", {}), () => api.post("/admin/orders/order_x/cash-collection", { amount: 100 })]) {
          expect((await attempt(call())).status).toBe(401)
        }
        expect((await attempt(api.post("/admin/payouts/run", {}, district.store))).status).toBe(401)

        // A member who is not an owner sees the shop's payouts but cannot change where money goes.
        const { data: invite } = await api.post("/vendor/invites", { email: "aiuto@sannazaro.demo", role: "member" }, forno)
        const { data: reg } = await api.post("/auth/vendor/emailpass/register", { email: "aiuto@sannazaro.demo", password: "buonvivere" })
        await api.post("/vendor/invites/accept", { token: invite.invite.token, first_name: "Marco" }, { headers: { authorization: `Bearer ${reg.token}` } })
        const member = await vendorLogin(api, "aiuto@sannazaro.demo")
        expect((await api.get("/vendor/payouts", member)).data.account.stripe_account_id).toBe(accountId)
        expect((await attempt(api.post("/vendor/stripe/onboarding", {}, member))).status).toBe(400)
        expect((await attempt(api.post("/vendor/payouts/bank-details", { iban: "IT60X0542811101000000123456", account_holder: "Marco" }, member))).status).toBe(400)
        expect((await status()).iban_last4).toBeNull()
        // Another maker sees nothing of this shop's account.
        const miele = await vendorLogin(api, "miele@torricelle.demo")
        expect((await api.get("/vendor/payouts", miele)).data.account).toMatchObject({ stripe_account_id: null, stripe_status: "none" })
      })
    })
  },
})
