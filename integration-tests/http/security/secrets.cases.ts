// Invite tokens exist in clear only in the link handed out (the API answer to the inviter, the
// e-mail): the tables keep their SHA-256, events and stored notifications never carry them.
// A deactivated volunteer and a removed shop member lose access at once, old tokens included.
import { createHash } from "node:crypto"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { volunteerWithLogin } from "../../helpers/delivery"
import { districtSuite } from "../../helpers/district"
import { residentWithLogin } from "../../helpers/residents"
import { testMailbox } from "../../helpers/mailbox"
import { attempt, bearer, vendorLogin } from "../../helpers/vendors"

jest.setTimeout(300_000)

const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex")
const mailbox = testMailbox()

export default districtSuite({
  testSuite: ({ api, getContainer, district }) => {
    const table = async (name: string) => JSON.stringify(await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(`select * from "${name}"`))

    /** Every payload the event bus is asked to carry while `run` runs. */
    async function eventsDuring(run: () => Promise<unknown>) {
      const bus = getContainer().resolve(Modules.EVENT_BUS) as any
      const spy = jest.spyOn(bus, "emit")
      try {
        await run()
        await new Promise((r) => setTimeout(r, 500))
        return JSON.stringify(spy.mock.calls)
      } finally {
        spy.mockRestore()
      }
    }

    describe("invite tokens", () => {
      it("POST /vendor/invites: the owner gets the token once; vendor_invite keeps its SHA-256; the link still works", async () => {
        const owner = await vendorLogin(api, "forno@sannazaro.demo")
        let token = ""
        const events = await eventsDuring(async () => {
          const { data } = await api.post("/vendor/invites", { email: "garzone@sannazaro.demo", role: "member" }, owner)
          token = data.invite.token
        })
        expect(token.length).toBeGreaterThanOrEqual(32)
        const rows = await table("vendor_invite")
        expect(rows).not.toContain(token)
        expect(rows).toContain(sha256(token))
        expect(events).toContain("vendor.member_invited")
        expect(events).not.toContain(token)

        const { data: reg } = await api.post("/auth/vendor/emailpass/register", { email: "garzone@sannazaro.demo", password: "buonvivere" })
        const { data: joined } = await api.post("/vendor/invites/accept", { token, first_name: "Nico" }, bearer(reg.token))
        expect(joined.member).toMatchObject({ email: "garzone@sannazaro.demo", role: "member" })
        // the digest alone opens nothing
        const { data: reg2 } = await api.post("/auth/vendor/emailpass/register", { email: "altro@sannazaro.demo", password: "buonvivere" })
        expect((await attempt(api.post("/vendor/invites/accept", { token: sha256(token) }, bearer(reg2.token)))).status).toBe(400)
      })

      it("POST /admin/volunteers: the e-mail carries the link; the volunteer row, the events and the stored notification do not", async () => {
        let invited: any
        const events = await eventsDuring(async () => {
          invited = (await api.post("/admin/volunteers", { name: "Teo Zanetti", email: "teo@volontari.demo" }, district.admin)).data
        })
        const token: string = invited.invite_token
        expect(invited.invite_url).toContain(encodeURIComponent(token))
        // the e-mail the SMTP server received carries the real link
        const [mail] = await mailbox.waitFor("teo@volontari.demo", "delivery-volunteer-invited")
        expect(mail.text).toContain(invited.invite_url)

        expect(events).toContain("delivery.volunteer_invited")
        expect(events).not.toContain(token)
        const volunteers = await table("volunteer")
        expect(volunteers).not.toContain(token)
        expect(volunteers).toContain(sha256(token))
        const notifications = await table("notification")
        expect(notifications).toContain("teo@volontari.demo")
        expect(notifications).not.toContain(token)
        expect(notifications).not.toContain(encodeURIComponent(token))

        // and the link works
        const { data: reg } = await api.post("/auth/volunteer/emailpass/register", { email: "teo@volontari.demo", password: "buonvivere" })
        expect((await api.post("/logistics/invites/accept", { token }, bearer(reg.token))).status).toBe(201)
      })
    })

    describe("ending access at once", () => {
      it("POST /admin/volunteers/:id { active: false }: the rider's old token gets 401 on the next request; reactivation restores it", async () => {
        const rider = await volunteerWithLogin(api, district.admin, "Lia Ferro", "lia@volontari.demo")
        expect((await api.get("/logistics/me", rider.headers)).data.volunteer.id).toBe(rider.id)

        const { data } = await api.post(`/admin/volunteers/${rider.id}`, { active: false }, district.admin)
        expect(data.volunteer).toMatchObject({ id: rider.id, active: false })
        for (const call of [() => api.get("/logistics/me", rider.headers), () => api.get("/logistics/rounds", rider.headers)]) {
          expect((await attempt(call())).status).toBe(401)
        }
        // a fresh login does not help
        const { data: login } = await api.post("/auth/volunteer/emailpass", { email: "lia@volontari.demo", password: "buonvivere" })
        expect((await attempt(api.get("/logistics/me", bearer(login.token)))).status).toBe(401)
        const { data: list } = await api.get("/admin/volunteers", district.admin)
        expect(list.volunteers.find((v: any) => v.id === rider.id).active).toBe(false)

        await api.post(`/admin/volunteers/${rider.id}`, { active: true }, district.admin)
        expect((await api.get("/logistics/me", rider.headers)).status).toBe(200)
        expect((await attempt(api.post(`/admin/volunteers/${rider.id}`, { active: "no" }, district.admin))).data.message).toContain("active")
      })

      it("DELETE /vendor/members/:id: the removed member's old token gets 401 at once; only an owner, only their own shop's members", async () => {
        const owner = await vendorLogin(api, "forno@sannazaro.demo")
        const { data: invite } = await api.post("/vendor/invites", { email: "stagista@sannazaro.demo", role: "member" }, owner)
        const { data: reg } = await api.post("/auth/vendor/emailpass/register", { email: "stagista@sannazaro.demo", password: "buonvivere" })
        const { data: joined } = await api.post("/vendor/invites/accept", { token: invite.invite.token }, bearer(reg.token))
        const member = await vendorLogin(api, "stagista@sannazaro.demo")
        expect((await api.get("/vendor/me", member)).data.vendor.handle).toBe("forno-san-nazaro")

        // a member is not an owner (refused like every owner-only action); another shop's owner cannot reach this shop's member (404, as for no member)
        const ownerId = (await api.get("/vendor/me", owner)).data.member.id
        const notOwner = await attempt(api.delete(`/vendor/members/${ownerId}`, member))
        expect(notOwner.status).toBe(400)
        expect(notOwner.data.message).toMatch(/owners/)
        const miele = await vendorLogin(api, "miele@torricelle.demo")
        expect((await attempt(api.delete(`/vendor/members/${joined.member.id}`, miele))).status).toBe(404)
        expect((await attempt(api.delete(`/vendor/members/${ownerId}`, owner))).status).toBe(400)
        expect((await attempt(api.delete("/vendor/members/%00", owner))).status).toBe(400) // the path guard
        expect((await api.get("/vendor/me", member)).status).toBe(200)

        const { data: removed } = await api.delete(`/vendor/members/${joined.member.id}`, owner)
        expect(removed).toEqual({ id: joined.member.id, object: "vendor_member", deleted: true })
        expect((await attempt(api.get("/vendor/me", member))).status).toBe(401)
        expect((await attempt(api.get("/vendor/orders", member))).status).toBe(401)
        const { data: members } = await api.get("/vendor/members", owner)
        expect(members.members.map((m: any) => m.id)).not.toContain(joined.member.id)
        // logging in again gives a plain login that belongs to no shop
        const again = await vendorLogin(api, "stagista@sannazaro.demo")
        expect((await attempt(api.get("/vendor/me", again))).status).toBe(401)
      })
    })

    describe("a login changes its own password", () => {
      it("POST /store/account/password, /vendor/me/password, /logistics/me/password: the current password asked again, the new one 8–128 characters; then only the new one opens the login, and its sessions end everywhere", async () => {
        await residentWithLogin(api, district.store, { email: "cambio@example.org", first_name: "Rita", last_name: "Cambi" })
        await volunteerWithLogin(api, district.admin, "Ugo Cambi", "cambio@volontari.demo")
        const logins = [
          { actor: "customer", path: "/store/account/password", me: "/store/customers/me", email: "cambio@example.org", extra: district.store.headers },
          { actor: "vendor", path: "/vendor/me/password", me: "/vendor/me", email: "studio@acquamorta.demo", extra: {} },
          { actor: "volunteer", path: "/logistics/me/password", me: "/logistics/me", email: "cambio@volontari.demo", extra: {} },
        ]
        const signIn = async (actor: string, email: string, password: string) => attempt(api.post(`/auth/${actor}/emailpass`, { email, password }))
        const sessionOf = (extra: Record<string, string>, token: string) => ({ headers: { ...extra, authorization: `Bearer ${token}` } })
        // Someone else's login, signed in all along: untouched by the changes below.
        const bystander = sessionOf({}, (await signIn("vendor", "forno@sannazaro.demo", "buonvivere")).data.token)
        for (const { actor, path, me, email, extra } of logins) {
          const session = sessionOf(extra, (await signIn(actor, email, "buonvivere")).data.token)
          const elsewhere = sessionOf(extra, (await signIn(actor, email, "buonvivere")).data.token)
          const change = (body: Record<string, unknown>, as: object = session) => attempt(api.post(path, body, as))
          expect({ actor, ...(await change({ current_password: "buonvivere", new_password: "nuova-password-1" }, { headers: extra })) }).toMatchObject({ actor, status: 401 })
          const wrong = await change({ current_password: "sbagliata", new_password: "nuova-password-1" })
          expect({ actor, status: wrong.status, code: wrong.data.code, field: wrong.data.field }).toEqual({ actor, status: 400, code: "wrong_password", field: "current_password" })
          const short = await change({ current_password: "buonvivere", new_password: "corta" })
          expect({ actor, status: short.status, names: JSON.stringify(short.data).includes("new_password") }).toEqual({ actor, status: 400, names: true })
          expect((await change({ current_password: "buonvivere", new_password: "nuova-password-1", email: "altro@example.org" })).status).toBe(400)
          // Nothing refused changed the password.
          expect((await signIn(actor, email, "buonvivere")).status).toBe(200)

          expect((await attempt(api.get(me, elsewhere))).status).toBe(200)

          // Signed in a moment before the change, most likely in the same second (tokens carry whole seconds).
          const justBefore = sessionOf(extra, (await signIn(actor, email, "buonvivere")).data.token)
          expect((await change({ current_password: "buonvivere", new_password: "nuova-password-1" })).data).toEqual({ changed: true, email })
          expect((await signIn(actor, email, "buonvivere")).status).toBe(401)
          // Every session of the login ended, this one too; none is turned into a new token.
          for (const ended of [session, elsewhere, justBefore]) {
            expect({ actor, ...(await attempt(api.get(me, ended))) }).toMatchObject({ actor, status: 401, data: { code: "session_ended" } })
          }
          expect((await attempt(api.post("/auth/token/refresh", {}, elsewhere))).status).toBe(401)
          const fresh = await signIn(actor, email, "nuova-password-1")
          expect(fresh.status).toBe(200)
          expect((await attempt(api.get(me, sessionOf(extra, fresh.data.token)))).status).toBe(200)
        }
        expect((await attempt(api.get("/vendor/me", bystander))).status).toBe(200)
      })
    })
  },
})
