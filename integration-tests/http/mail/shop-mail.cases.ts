import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { districtSuite } from "../../helpers/district"
import { testMailbox, type ReceivedMail } from "../../helpers/mailbox"
import { volunteerWithLogin } from "../../helpers/delivery"
import { residentWithLogin } from "../../helpers/residents"
import { applyAsArtisan, bearer, vendorLogin } from "../../helpers/vendors"
import { waitFor } from "../../helpers/wait-for"

jest.setTimeout(300_000)

const mailbox = testMailbox()
const COORDINATOR = "coordinamento@retebuonvivere.demo"

export default districtSuite({
  testSuite: ({ api, getContainer, district }) => {
    // Medusa's kept copies of an e-mail (its notifications), as a coordinator's admin could read them.
    const kept = (filter: Record<string, unknown>) => getContainer().resolve(Modules.NOTIFICATION).listNotifications(filter)
    /** The kept copies once Medusa has heard back from the mail server. Fails on timeout. */
    const keptOnceSent = (filter: Record<string, unknown>) =>
      waitFor("the kept e-mail marked sent", async () => {
        const stored = await kept(filter)
        return stored.length && stored.every((n: { status: string }) => n.status === "success") ? stored : null
      })
    /**
     * Neither copy of a secret's e-mail holds the secret: not while the mail server has the mail and has not answered
     * (Medusa stored the notification before sending it), not once sent. `send` starts the mail; the mailbox is held.
     */
    const secretNeverKept = async <T>(send: () => Promise<T>, to: string, template: string, secretOf: (mail: ReceivedMail) => string) => {
      const release = mailbox.hold()
      const sending = send()
      try {
        const [mail] = await mailbox.waitFor(to, template)
        const secret = secretOf(mail)
        const inFlight = await kept({ template, to })
        expect(inFlight.map((n: { status: string }) => n.status)).toEqual(["pending"])
        expect(JSON.stringify(inFlight)).not.toContain(secret)
        release()
        const sent = await keptOnceSent({ template, to })
        expect(sent).toHaveLength(1)
        expect(JSON.stringify(sent)).not.toContain(secret)
        return { mail, secret, answer: await sending }
      } finally {
        release()
      }
    }
    // The seed's own applications also reach the coordinators: pick the one about `shop`.
    const mailAbout = (to: string, template: string, shop: string) =>
      waitFor(`"${template}" about ${shop} to ${to}`, async () => mailbox.to(to, template).find((m) => m.subject.includes(shop)))

    it("an application reaches the coordinators in the language each chose; approval and rejection reach the shop, the reason escaped", async () => {
      mailbox.clear()
      // A second coordinator reads English (admin user metadata.locale), the seeded one Italian.
      const users = getContainer().resolve(Modules.USER)
      await users.createUsers({ email: "ops@rete.test", first_name: "Sam", metadata: { locale: "en" } })

      const first = await applyAsArtisan(api, "ceramiche-mail", { name: "Ceramiche <Adige>" })
      const it = await mailAbout(COORDINATOR, "vendor-applied", "Ceramiche <Adige>")
      const en = await mailAbout("ops@rete.test", "vendor-applied", "Ceramiche <Adige>")
      expect(it.subject).toBe("Nuova candidatura: Ceramiche <Adige>")
      expect(en.subject).toBe("New application: Ceramiche <Adige>")
      expect(it.language).toBe("it")
      expect(en.language).toBe("en")
      expect(it.html).toContain("Ceramiche &lt;Adige&gt;")
      expect(it.html).toContain("/app/vendors")

      await api.post(`/admin/vendors/${first.vendor.id}/approve`, {}, district.admin)
      const [approved] = await mailbox.waitFor(first.email, "vendor-status-changed")
      expect(approved.subject).toBe("Benvenuti nella rete: Ceramiche <Adige> è approvata")
      expect(approved.text).toContain("Il coordinamento ha approvato la tua bottega.")
      expect(approved.html).toContain("/bottega")

      const second = await applyAsArtisan(api, "vetri-mail")
      await api.post(`/admin/vendors/${second.vendor.id}/reject`, { reason: "Manca la <b>partita IVA</b>" }, district.admin)
      const [rejected] = await mailbox.waitFor(second.email, "vendor-status-changed")
      expect(rejected.subject).toBe("La candidatura di Bottega vetri-mail non è stata accolta")
      expect(rejected.text).toContain("Manca la <b>partita IVA</b>")
      expect(rejected.html).toContain("Manca la &lt;b&gt;partita IVA&lt;/b&gt;")
      // each shop heard only its own decision
      expect(mailbox.to(first.email).map((m) => m.template)).toEqual(["vendor-status-changed"])
      expect(mailbox.to(second.email).map((m) => m.template)).toEqual(["vendor-status-changed"])
    })

    it("a shop reads its e-mails in the language it chose: applied in English, approved in English; switched to Italian in its profile, suspended in Italian", async () => {
      mailbox.clear()
      const shop = await applyAsArtisan(api, "vetri-english", { name: "Glass by the Adige", mail_locale: "en" })
      await api.post(`/admin/vendors/${shop.vendor.id}/approve`, {}, district.admin)
      const [approved] = await mailbox.waitFor(shop.email, "vendor-status-changed")
      expect([approved.language, approved.subject]).toEqual(["en", "Welcome to the network: Glass by the Adige is approved"])
      const owner = await vendorLogin(api, shop.email)
      expect((await api.get("/vendor/me", owner)).data.vendor.mail_locale).toBe("en")

      const refused = await api.post("/vendor/me", { mail_locale: "fr" }, { ...owner, validateStatus: () => true })
      expect([refused.status, refused.data.message]).toEqual([400, expect.stringContaining("mail_locale")])
      expect((await api.get("/vendor/me", owner)).data.vendor.mail_locale).toBe("en")
      expect((await api.post("/vendor/me", { mail_locale: "it" }, owner)).data.vendor.mail_locale).toBe("it")

      await api.post(`/admin/vendors/${shop.vendor.id}/suspend`, { reason: "Controllo" }, district.admin)
      const suspended = await waitFor("the suspension mail", async () => mailbox.to(shop.email, "vendor-status-changed").find((m) => m !== approved))
      expect([suspended.language, suspended.subject]).toEqual(["it", "Glass by the Adige è sospesa"])
    })

    it("an owner's invite: the invitee gets the link by e-mail, it opens the shop; the stored notification holds no token", async () => {
      mailbox.clear()
      const owner = await vendorLogin(api, "forno@sannazaro.demo")
      const { mail, secret: token, answer } = await secretNeverKept(
        () => api.post("/vendor/invites", { email: "aiuto.mail@sannazaro.demo", role: "member" }, owner),
        "aiuto.mail@sannazaro.demo",
        "vendor-member-invited",
        (m) => decodeURIComponent(new URL(m.text.match(/https?:\/\/\S+\/bottega\/invito\?token=\S+/)![0]).searchParams.get("token")!)
      )
      expect(mail.subject).toContain("Forno San Nazaro")
      expect(token).toBe(answer.data.invite.token)

      const { data: reg } = await api.post("/auth/vendor/emailpass/register", { email: "aiuto.mail@sannazaro.demo", password: "buonvivere" })
      const { data: joined } = await api.post("/vendor/invites/accept", { token, first_name: "Lia" }, bearer(reg.token))
      expect(joined.member).toMatchObject({ email: "aiuto.mail@sannazaro.demo", role: "member" })
    })

    it("a forgotten password: each kind of login gets its own page's link in the language it asked in; the link sets a new password once; an unknown address gets the same answer and no e-mail", async () => {
      mailbox.clear()
      const tokenIn = (mail: { text: string }, page: RegExp) => {
        const link = mail.text.match(/https?:\/\/\S+\?token=\S+/)?.[0]
        expect(new URL(link!).pathname).toMatch(page)
        return decodeURIComponent(new URL(link!).searchParams.get("token")!)
      }
      const reset = (actor: string, identifier: string, locale = "it") => api.post(`/auth/${actor}/emailpass/reset-password`, { identifier, metadata: { locale } })
      const status = (p: Promise<{ status: number }>) => p.then((r) => r.status, (e) => e.response.status)

      // nobody's address: the same answer, no e-mail (checked once the others' have arrived)
      expect(await status(reset("customer", "nessuno.reset@example.org"))).toBe(201)

      const email = "marta.reset@example.org"
      await residentWithLogin(api, district.store, { email, first_name: "Marta", last_name: "Reset" })
      const { mail, secret: token, answer } = await secretNeverKept(() => status(reset("customer", email, "en")), email, "auth-password-reset", (m) =>
        tokenIn(m, /^\/account\/nuova-password$/)
      )
      expect(answer).toBe(201)
      expect(mail.subject).toBe("Choose a new password")
      expect(mail.language).toBe("en")

      // A session of the old password (a phone left signed in, or whoever took the password) ends with the reset.
      const customerSession = (login: { data: { token: string } }) => ({ headers: { ...district.store.headers, ...bearer(login.data.token).headers } })
      const before = customerSession(await api.post("/auth/customer/emailpass", { email, password: "buonvivere" }))
      expect(await status(api.get("/store/customers/me", before))).toBe(200)
      // Too short a new password is refused, naming the field, and the link still works.
      const short = await api.post("/auth/customer/emailpass/update", { password: "corta" }, bearer(token)).catch((e) => e.response)
      expect({ status: short.status, code: short.data.code, field: short.data.field }).toEqual({ status: 400, code: "password_length", field: "password" })
      expect(await status(api.get("/store/customers/me", before))).toBe(200)
      expect(await status(api.post("/auth/customer/emailpass/update", { password: "una nuova password" }, bearer(token)))).toBe(200)
      const after = customerSession(await api.post("/auth/customer/emailpass", { email, password: "una nuova password" }))
      expect(await status(api.post("/auth/customer/emailpass", { email, password: "buonvivere" }))).toBe(401)
      const ended = await api.get("/store/customers/me", before).catch((e) => e.response)
      expect({ status: ended.status, code: ended.data.code }).toEqual({ status: 401, code: "session_ended" })
      // once only; a refused attempt ends nothing
      expect(await status(api.post("/auth/customer/emailpass/update", { password: "e ancora un'altra" }, bearer(token)))).toBe(401)
      expect(await status(api.get("/store/customers/me", after))).toBe(200)

      // an artisan, a volunteer and a coordinator: each to its own door, in Italian
      const volunteer = "rita.reset@example.org"
      await volunteerWithLogin(api, district.admin, "Rita", volunteer)
      const doors: [string, string, RegExp][] = [
        ["vendor", "forno@sannazaro.demo", /^\/bottega\/nuova-password$/],
        ["volunteer", volunteer, /^\/logistica\/nuova-password$/],
        ["user", COORDINATOR, /^\/app\/reset-password$/],
      ]
      for (const [actor, address, page] of doors) {
        expect(await status(reset(actor, address))).toBe(201)
        const [sent] = await mailbox.waitFor(address, "auth-password-reset")
        expect(sent.subject).toBe("Scegli una nuova password")
        tokenIn(sent, page)
      }
      // a customer's token does not open another kind of login
      const [riders] = await mailbox.waitFor(volunteer, "auth-password-reset")
      expect(await status(api.post("/auth/customer/emailpass/update", { password: "non è la mia" }, bearer(tokenIn(riders, /nuova-password$/))))).toBe(401)
      expect(await status(api.post("/auth/volunteer/emailpass", { email: volunteer, password: "buonvivere" }))).toBe(200)
      expect(mailbox.to("nessuno.reset@example.org")).toHaveLength(0)
    })
    it("a coordinator's reset link ends the admin's cookie session opened with the old password, and destroys it", async () => {
      mailbox.clear()
      const email = "seconda.coordinatrice@rete.test"
      const container = getContainer()
      await api.post("/auth/user/emailpass/register", { email, password: "buonvivere" })
      const [identity] = await container.resolve(Modules.AUTH).listAuthIdentities({ provider_identities: { entity_id: email } } as any)
      await createUserAccountWorkflow(container).run({ input: { userData: { email }, authIdentityId: identity.id } })
      const status = (p: Promise<{ status: number }>) => p.then((r) => r.status, (e) => e.response.status)
      // The admin signs in the way Medusa's dashboard does: a token, then a cookie session made from it.
      const cookieSession = async (password: string) => {
        const { data } = await api.post("/auth/user/emailpass", { email, password })
        const opened = await api.post("/auth/session", {}, bearer(data.token))
        return { headers: { cookie: (opened.headers["set-cookie"] as string[]).map((c) => c.split(";")[0]).join("; ") } }
      }
      const before = await cookieSession("buonvivere")
      expect(await status(api.get("/admin/users/me", before))).toBe(200)

      expect(await status(api.post("/auth/user/emailpass/reset-password", { identifier: email }))).toBe(201)
      const [mail] = await mailbox.waitFor(email, "auth-password-reset")
      const token = decodeURIComponent(new URL(mail.text.match(/https?:\/\/\S+\?token=\S+/)![0]).searchParams.get("token")!)
      expect(await status(api.post("/auth/user/emailpass/update", { password: "una nuova password" }, bearer(token)))).toBe(200)

      const refused = await waitFor("the old cookie session refused", async () => {
        const res = await api.get("/admin/users/me", before).catch((e) => e.response)
        return res.status === 401 ? res : null
      })
      expect(refused.data.code).toBe("session_ended")
      // the mark the admin's login page reads to say why (our widget): nothing secret in it
      expect((refused.headers["set-cookie"] as string[]).some((c) => c.startsWith("rbv_session_ended=1;"))).toBe(true)
      // destroyed: the same cookie is now no session at all
      const again = await api.get("/admin/users/me", before).catch((e) => e.response)
      expect({ status: again.status, code: again.data.code }).toEqual({ status: 401, code: undefined })
      const after = await cookieSession("una nuova password")
      expect(await status(api.get("/admin/users/me", after))).toBe(200)
    })
  },
})
