import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { readOutboxFile } from "../../../../../../lib/outbox"
import { outboxDir } from "../../../../../utils/mail-settings"

const EML = "message.eml"

// GET /admin/mail-outbox/:id/files/:name → the whole message (message.eml) or one of its attachments, as a download.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const dir = outboxDir(req.scope)
  const { id, name } = req.params
  const file = dir ? readOutboxFile(dir, id, name === EML ? "eml" : { attachment: name }) : null
  if (!file) throw refusal(MedusaError.Types.NOT_FOUND, "mail_file_not_found", `Mail ${id} has no file ${name}`, "name")
  res.setHeader("Content-Type", name === EML ? "message/rfc822" : "application/octet-stream")
  res.setHeader("Content-Disposition", `attachment; filename="${name}"`)
  res.send(file)
}
