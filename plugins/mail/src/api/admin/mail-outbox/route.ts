import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listOutbox } from "../../../lib/outbox"
import { DEMO_FROM } from "../../../providers/mail/options"
import { mailSettings, outboxDir } from "../../utils/mail-settings"

// GET /admin/mail-outbox → how mail leaves (SMTP or the local outbox) and, for the outbox, the newest 200 mails.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const settings = mailSettings(req.scope)
  const dir = outboxDir(req.scope)
  res.json({
    mode: dir ? "outbox" : "smtp",
    from: settings.from || DEMO_FROM,
    mails: dir ? listOutbox(dir) : [],
  })
}
