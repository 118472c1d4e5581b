import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { readOutboxFile } from "../../../../lib/outbox"
import { outboxDir } from "../../../utils/mail-settings"

// A kept mail's HTML as a page of its own (to read or print): nothing in it may run or load.
const PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data: https: http:; sandbox allow-popups; frame-ancestors 'self'"

// GET /admin/mail-outbox/:id → the HTML part of one mail kept in the outbox.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const dir = outboxDir(req.scope)
  const html = dir ? readOutboxFile(dir, req.params.id, "html") : null
  if (!html) throw refusal(MedusaError.Types.NOT_FOUND, "mail_not_found", `Mail ${req.params.id} is not in the outbox`, "id")
  res.setHeader("Content-Security-Policy", PAGE_POLICY)
  res.setHeader("X-Frame-Options", "SAMEORIGIN")
  res.setHeader("Content-Type", "text/html; charset=utf-8")
  res.send(html)
}
