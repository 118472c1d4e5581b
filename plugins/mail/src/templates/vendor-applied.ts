import { z } from "@medusajs/framework/zod"
import { defineTemplate } from "../lib/define-template"
import { optionalText, text } from "../lib/fields"

// A new shop asks to join: the coordinators read the application in the admin.
export default defineTemplate({
  id: "vendor-applied",
  audience: "coordinator",
  schema: z.object({ vendor_name: text(200), craft: optionalText(200), city: optionalText(200), email: text(320) }),
  render: ({ data, t, admin }) => ({
    subject: t("subject", { shop: data.vendor_name }),
    blocks: [
      { kind: "paragraph", text: t("body", { shop: data.vendor_name }) },
      {
        kind: "facts",
        rows: [
          ...(data.craft ? [[t("craft"), data.craft] as [string, string]] : []),
          ...(data.city ? [[t("city"), data.city] as [string, string]] : []),
          [t("email"), data.email],
        ],
      },
      { kind: "button", label: t("open"), url: admin("/vendors") },
    ],
  }),
  example: { vendor_name: "Sartoria Veronetta", craft: "sartoria", city: "Verona", email: "sartoria@example.org" },
})
