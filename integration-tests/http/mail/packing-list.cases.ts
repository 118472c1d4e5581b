import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parse } from "csv-parse/sync"
import { placeRoundOrders, VERONETTA_ADDRESS } from "../../helpers/checkout"
import { districtSuite } from "../../helpers/district"
import { testMailbox } from "../../helpers/mailbox"
import { vendorLogin } from "../../helpers/vendors"
import { waitFor } from "../../helpers/wait-for"
import { makers } from "../../../backend/src/scripts/demo-district"
// The scheduled job itself, from the built plugin the app runs (same module instance).
import closeRoundsAtCutoff from "@rbv/delivery-rounds/jobs/close-rounds-at-cutoff"

jest.setTimeout(300_000)

const mailbox = testMailbox()
const TEMPLATE = "delivery-packing-list"

const RESIDENTS = [
  { email: "giulia.pl@example.org", address: { ...VERONETTA_ADDRESS, first_name: "Giulia", last_name: "Ferrari" } },
  { email: "piero.pl@example.org", address: { ...VERONETTA_ADDRESS, first_name: "Piero", last_name: "Dal Molin", address_1: "Via XX Settembre 40" } },
]

export default districtSuite({
  testSuite: ({ api, getContainer, district }) => {

    it("closing a round sends each maker with orders in it one packing list (CSV rows = its child orders); a job re-run or a re-close sends nothing; the maker sees it sent", async () => {
      mailbox.clear()
      // Giulia buys from makers 0 and 1, Piero from makers 1 and 2: maker 1 has two orders.
      const { placed, roundId, handles } = await placeRoundOrders(api, district.store, district.regionId, RESIDENTS)
      const inRound = handles.slice(0, 3).map((handle) => makers.find((m) => m.handle === handle)!)

      // The makers' child orders, read straight from Medusa (parent → children by metadata, vendor by link).
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const children = await waitFor("the makers' child orders (two per resident)", async () => {
        const { data } = await query.graph({ entity: "order", fields: ["id", "metadata", "items.*", "vendor.email"], filters: {} as any })
        const kids = (data as any[]).filter((o) => placed.some((p) => p.id === o.metadata?.parent_order_id))
        return kids.length === 4 && kids.every((k) => k.vendor?.email) && kids
      })

      // A maker sees the list as not yet sent while the round takes orders.
      const { data: before } = await api.get("/vendor/delivery-rounds", await vendorLogin(api, inRound[1].email))
      expect(before.rounds.find((r: any) => r.id === roundId).packing_list_sent_at).toBeNull()
      // That maker reads its shop's e-mails in English.
      await api.post("/vendor/me", { mail_locale: "en" }, await vendorLogin(api, inRound[1].email))

      // Cutoff passes; the scheduled job closes the round.
      await api.post(`/admin/delivery-rounds/${roundId}`, { cutoff_at: new Date(Date.now() - 60_000).toISOString() }, district.admin)
      await closeRoundsAtCutoff(getContainer())

      const residentOf = (parentId: string) => {
        const i = placed.findIndex((p) => p.id === parentId)
        return { display_id: String(placed[i].display_id), name: `${RESIDENTS[i].address.first_name} ${RESIDENTS[i].address.last_name[0]}.` }
      }
      const recipients = [...new Set(children.map((c: any) => String(c.vendor.email).toLowerCase()))] as string[]
      expect(recipients).toHaveLength(3)
      for (const email of recipients) {
        const [mail] = await mailbox.waitFor(email, TEMPLATE)
        const mine = children.filter((c: any) => c.vendor.email.toLowerCase() === email)
        const english = email === inRound[1].email.toLowerCase()
        expect(mail.language).toBe(english ? "en" : "it")
        expect(mail.subject).toMatch(
          english ? new RegExp(`^Packing list: round of .+ \\(${mine.length} orders?\\)$`) : new RegExp(`^Lista di preparazione: giro di .+ \\(${mine.length} ordin[ei]\\)$`)
        )
        const csv = mail.attachments.find((a) => a.filename.endsWith(".csv"))!
        expect(csv.contentType).toMatch(/text\/csv/)
        const [header, ...rows] = parse(csv.content.toString("utf8").replace(/^\uFEFF/, "")) as string[][]
        expect(header.slice(0, 4)).toEqual(english ? ["Order", "Customer", "Product", "Quantity"] : ["Ordine", "Cliente", "Prodotto", "Quantità"])
        // one row per line of the maker's child orders: the resident's order number, first name + initial, quantity
        const expected = mine.flatMap((c: any) => (c.items as any[]).map((i) => [residentOf(c.metadata.parent_order_id).display_id, residentOf(c.metadata.parent_order_id).name, String(typeof i.quantity === "object" ? i.quantity.numeric : i.quantity)]))
        expect(rows.map((r) => [r[0], r[1], r[3]]).sort()).toEqual(expected.sort())
        for (const c of mine) for (const i of c.items) expect(rows.some((r) => r[2].startsWith(i.product_title ?? i.title))).toBe(true)
        // the printable sheet: one labelled card per order, and the same page attached
        for (const c of mine) expect(mail.html).toContain(`${english ? "No." : "N."} ${residentOf(c.metadata.parent_order_id).display_id}`)
        expect(mail.attachments.some((a) => a.filename.endsWith(".html") && a.content.toString("utf8").includes("<html"))).toBe(true)
      }
      // Nobody else got one: the other makers had no orders in this round.
      expect(mailbox.received.filter((m) => m.template === TEMPLATE).flatMap((m) => m.to).sort()).toEqual([...recipients].sort())

      // The maker's page says it went out, and when.
      const { data: after } = await api.get("/vendor/delivery-rounds", await vendorLogin(api, inRound[1].email))
      const sentAt = after.rounds.find((r: any) => r.id === roundId).packing_list_sent_at
      expect(Math.abs(new Date(sentAt).getTime() - Date.now())).toBeLessThan(120_000)

      // Again: the job runs again, a coordinator reopens and closes the round — no new e-mail.
      await closeRoundsAtCutoff(getContainer())
      await api.post(`/admin/delivery-rounds/${roundId}/status`, { status: "open" }, district.admin)
      await api.post(`/admin/delivery-rounds/${roundId}/status`, { status: "closed" }, district.admin)
      await new Promise((r) => setTimeout(r, 3000))
      expect(mailbox.received.filter((m) => m.template === TEMPLATE)).toHaveLength(3)
      const { data: still } = await api.get("/vendor/delivery-rounds", await vendorLogin(api, inRound[1].email))
      expect(still.rounds.find((r: any) => r.id === roundId).packing_list_sent_at).toBe(sentAt)
    })
  },
})
