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
