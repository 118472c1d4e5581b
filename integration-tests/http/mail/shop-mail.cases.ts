import { Modules } from "@medusajs/framework/utils"
import { districtSuite } from "../../helpers/district"
import { testMailbox } from "../../helpers/mailbox"
import { applyAsArtisan, bearer, vendorLogin } from "../../helpers/vendors"
import { waitFor } from "../../helpers/wait-for"

jest.setTimeout(300_000)

const mailbox = testMailbox()
const COORDINATOR = "coordinamento@retebuonvivere.demo"

export default districtSuite({
  testSuite: ({ api, getContainer, district }) => {
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

    it("an owner's invite: the invitee gets the link by e-mail, it opens the shop; the stored notification holds no token", async () => {
      mailbox.clear()
      const owner = await vendorLogin(api, "forno@sannazaro.demo")
      const { data } = await api.post("/vendor/invites", { email: "aiuto.mail@sannazaro.demo", role: "member" }, owner)
      const [mail] = await mailbox.waitFor("aiuto.mail@sannazaro.demo", "vendor-member-invited")
      expect(mail.subject).toContain("Forno San Nazaro")
      const link = mail.text.match(/https?:\/\/\S+\/bottega\/invito\?token=\S+/)?.[0]
      expect(link).toBeTruthy()
      const token = decodeURIComponent(new URL(link!).searchParams.get("token")!)
      expect(token).toBe(data.invite.token)

      const stored = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "vendor-member-invited" })
      expect(stored).toHaveLength(1)
      expect(JSON.stringify(stored[0].data)).not.toContain(token)

      const { data: reg } = await api.post("/auth/vendor/emailpass/register", { email: "aiuto.mail@sannazaro.demo", password: "buonvivere" })
      const { data: joined } = await api.post("/vendor/invites/accept", { token, first_name: "Lia" }, bearer(reg.token))
      expect(joined.member).toMatchObject({ email: "aiuto.mail@sannazaro.demo", role: "member" })
    })
  },
})
