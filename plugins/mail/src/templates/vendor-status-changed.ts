import { z } from "@medusajs/framework/zod"
import type { Block } from "../lib/blocks"
import { defineTemplate } from "../lib/define-template"
import { optionalText, text } from "../lib/fields"

// The coordinators approved, turned down, suspended or reactivated a shop.
export default defineTemplate({
  id: "vendor-status-changed",
  audience: "maker",
  schema: z.object({ vendor_name: text(200), action: z.enum(["approve", "reject", "suspend", "reactivate"]), reason: optionalText() }),
  messages: {
    it: {
      subject_approve: "Benvenuti nella rete: {shop} è approvata",
      subject_reject: "La candidatura di {shop} non è stata accolta",
      subject_suspend: "{shop} è sospesa",
      subject_reactivate: "{shop} è di nuovo attiva",
      approve: "Il coordinamento ha approvato la tua bottega. Ora puoi mettere in vendita i tuoi prodotti: appena li pubblichi compaiono nel negozio della rete.",
      approve_next: "Prossimi passi: aggiungi i prodotti, indica come vuoi essere pagato e, se vuoi, aderisci al marchio.",
      reject: "Il coordinamento ha letto la tua candidatura e per ora non l'ha accolta.",
      suspend: "Il coordinamento ha sospeso la tua bottega: i tuoi prodotti non sono più in vendita. Gli ordini già ricevuti restano da preparare.",
      reactivate: "Il coordinamento ha riattivato la tua bottega: i tuoi prodotti sono di nuovo in vendita.",
      reason: "Il motivo:",
      open: "Apri la tua bottega",
    },
    en: {
      subject_approve: "Welcome to the network: {shop} is approved",
      subject_reject: "The application of {shop} was not accepted",
      subject_suspend: "{shop} is suspended",
      subject_reactivate: "{shop} is active again",
      approve: "The coordinators have approved your workshop. You can now put your products on sale: they show in the network's shop as soon as you publish them.",
      approve_next: "Next steps: add your products, say how you want to be paid and, if you like, adhere to the brand.",
      reject: "The coordinators have read your application and have not accepted it for now.",
      suspend: "The coordinators have suspended your workshop: your products are no longer on sale. Orders already received still need preparing.",
      reactivate: "The coordinators have reactivated your workshop: your products are on sale again.",
      reason: "The reason:",
      open: "Open your workshop",
    },
  },
  render: ({ data, t, link }) => {
    const blocks: Block[] = [{ kind: "paragraph", text: t(data.action) }]
    if (data.action === "approve") blocks.push({ kind: "paragraph", text: t("approve_next") })
    if (data.reason) blocks.push({ kind: "paragraph", text: t("reason") }, { kind: "quote", text: data.reason })
    blocks.push({ kind: "button", label: t("open"), url: link("/bottega") })
    return { subject: t(`subject_${data.action}`, { shop: data.vendor_name }), blocks }
  },
  example: { vendor_name: "Forno San Nazaro", action: "approve", reason: null },
})
