import { z } from "@medusajs/framework/zod"
import { defineTemplate } from "../lib/define-template"
import { optionalText, text, when } from "../lib/fields"

// The coordinators' decision on a shop's adherence to the brand charter, with their note.
export default defineTemplate({
  id: "brand-certification-reviewed",
  audience: "maker",
  schema: z.object({
    vendor_name: text(200),
    status: z.enum(["approved", "changes_requested", "rejected"]),
    note: optionalText(),
    valid_until: when.nullish(),
    url: text(300).default("/bottega/carta"),
  }),
  messages: {
    it: {
      subject_approved: "{shop}: adesione al marchio approvata",
      subject_changes_requested: "{shop}: il coordinamento chiede qualche modifica all'adesione",
      subject_rejected: "{shop}: adesione al marchio non approvata",
      approved: "Il marchio «Rete del Buon Vivere» compare ora sui tuoi prodotti e sulla tua pagina.",
      valid_until: "La certificazione vale fino a {date}: un mese prima ti ricordiamo di rinnovarla.",
      changes_requested: "Il coordinamento ha letto la tua adesione e ti chiede di completarla o correggerla prima di approvarla.",
      rejected: "Il coordinamento non ha approvato l'adesione al marchio. Puoi continuare a vendere nella rete e ripresentarla quando vuoi.",
      note: "Il messaggio del coordinamento:",
      open: "Apri il disciplinare nella tua bottega",
    },
    en: {
      subject_approved: "{shop}: brand adherence approved",
      subject_changes_requested: "{shop}: the coordinators ask for some changes to your adherence",
      subject_rejected: "{shop}: brand adherence not approved",
      approved: "The “Rete del Buon Vivere” mark now shows on your products and your page.",
      valid_until: "The certification is valid until {date}: we will remind you to renew it a month before.",
      changes_requested: "The coordinators have read your adherence and ask you to complete or correct it before approving it.",
      rejected: "The coordinators have not approved your adherence to the brand. You can keep selling in the network and submit it again whenever you like.",
      note: "The coordinators' message:",
      open: "Open the charter in your workshop",
    },
  },
  render: ({ data, t, f, link }) => ({
    subject: t(`subject_${data.status}`, { shop: data.vendor_name }),
    blocks: [
      { kind: "paragraph", text: t(data.status) },
      ...(data.status === "approved" && data.valid_until ? [{ kind: "paragraph" as const, text: t("valid_until", { date: f.day(data.valid_until) }) }] : []),
      ...(data.note ? [{ kind: "paragraph" as const, text: t("note") }, { kind: "quote" as const, text: data.note }] : []),
      { kind: "button", label: t("open"), url: link(data.url) },
    ],
  }),
  example: { vendor_name: "Forno San Nazaro", status: "approved", note: "Bella la farina del Mulino di Quinto.", valid_until: "2027-12-01T00:00:00.000Z", url: "/bottega/carta" },
})
