import { z } from "@medusajs/framework/zod"
import type { Block } from "../lib/blocks"
import { defineTemplate } from "../lib/define-template"
import { optionalText, text } from "../lib/fields"

// The coordinators approved, turned down, suspended or reactivated a shop.
export default defineTemplate({
  id: "vendor-status-changed",
  audience: "maker",
  schema: z.object({ vendor_name: text(200), action: z.enum(["approve", "reject", "suspend", "reactivate"]), reason: optionalText() }),
  render: ({ data, t, link }) => {
    const blocks: Block[] = [{ kind: "paragraph", text: t(data.action) }]
    if (data.action === "approve") blocks.push({ kind: "paragraph", text: t("approve_next") })
    if (data.reason) blocks.push({ kind: "paragraph", text: t("reason") }, { kind: "quote", text: data.reason })
    blocks.push({ kind: "button", label: t("open"), url: link("/bottega") })
    return { subject: t(`subject_${data.action}`, { shop: data.vendor_name }), blocks }
  },
  example: { vendor_name: "Forno San Nazaro", action: "approve", reason: null },
})
