import { districtSuite } from "../../helpers/district"
import { cartWith, checkout } from "../../helpers/checkout"
import { waitFor } from "../../helpers/wait-for"
import { attempt, bearer, inStockVariantOf, vendorLogin } from "../../helpers/vendors"

jest.setTimeout(240_000)


export default districtSuite({
  testSuite: ({ api, getContainer, district }) => {
    describe("POST /vendor/invites", () => {
      it("lets an owner bring in a member, once, and keeps members from inviting", async () => {
        const owner = await vendorLogin(api, "forno@sannazaro.demo")
        const { data } = await api.post("/vendor/invites", { email: "aiuto@sannazaro.demo", role: "member" }, owner)
        expect(data.invite.token.length).toBeGreaterThan(20)

        const { data: reg } = await api.post("/auth/vendor/emailpass/register", { email: "aiuto@sannazaro.demo", password: "buonvivere" })
        const wrong = await attempt(api.post("/vendor/invites/accept", { token: "x".repeat(32) }, bearer(reg.token)))
        expect(wrong.status).toBe(400)
        const { data: joined } = await api.post("/vendor/invites/accept", { token: data.invite.token, first_name: "Marco" }, bearer(reg.token))
        expect(joined.member.role).toBe("member")

        const { data: reg2 } = await api.post("/auth/vendor/emailpass/register", { email: "altro@sannazaro.demo", password: "buonvivere" })
        const reused = await attempt(api.post("/vendor/invites/accept", { token: data.invite.token }, bearer(reg2.token)))
        expect(reused.status).toBe(400)

        const member = await vendorLogin(api, "aiuto@sannazaro.demo")
        const { data: me } = await api.get("/vendor/me", member)
        expect(me.vendor.handle).toBe("forno-san-nazaro")
        const { data: members } = await api.get("/vendor/members", owner)
        expect(members.members.map((m: any) => m.email).sort()).toEqual(["aiuto@sannazaro.demo", "forno@sannazaro.demo"])
        const notOwner = await attempt(api.post("/vendor/invites", { email: "x@y.demo" }, member))
        expect(notOwner.status).toBe(400)
      })
    })

    describe("POST /admin/commission-policy", () => {
      it("applies a new rate to orders placed afterwards, never to earlier ones", async () => {
        const forno = await vendorLogin(api, "forno@sannazaro.demo")
        const buy = async () => {
          const variant = await inStockVariantOf(api, district.store, "forno-san-nazaro")
          const cartId = await cartWith(api, district.store, district.regionId, [{ variant_id: variant.id, quantity: 1 }])
          await checkout(api, district.store, cartId)
        }
        const linesAfter = (n: number) =>
          waitFor(`${n} statement lines`, async () => {
            const { data } = await api.get("/vendor/statement", forno)
            return data.statement.lines.length >= n ? data.statement.lines : undefined
          })

        await buy()
        await linesAfter(1)
        const bad = await attempt(api.post("/admin/commission-policy", { default_rate_bps: -5 }, district.admin))
        expect(bad.status).toBe(400)
        const { data } = await api.post("/admin/commission-policy", { default_rate_bps: 1500 }, district.admin)
        expect(data.commission_policy.default_rate_bps).toBe(1500)
        await buy()
        const lines = await linesAfter(2)
        expect(lines.map((l: any) => l.rate_bps)).toEqual([1000, 1500])
        for (const l of lines) expect(l.commission).toBe(Math.round((l.gross * l.rate_bps) / 10000))

        const { data: vendors } = await api.get("/admin/vendors?status=approved", district.admin)
        const fornoId = vendors.vendors.find((v: any) => v.handle === "forno-san-nazaro").id
        await api.post(`/admin/vendors/${fornoId}`, { commission_rate_bps: 500 }, district.admin)
        await buy()
        expect((await linesAfter(3)).map((l: any) => l.rate_bps)).toEqual([1000, 1500, 500])
      })
    })
  },
})
