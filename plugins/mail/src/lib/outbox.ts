import { randomBytes } from "node:crypto"
import fs from "node:fs"
import path from "node:path"

// Without SMTP, every e-mail is kept here instead of sent: <id>.eml (the whole message, as it
// would leave), <id>.html (its HTML part, to open in a browser), <id>.json (who, what, when)
// and <id>.files/ (its attachments). The admin's "Posta in uscita" page reads this folder.

export type OutboxEntry = {
  id: string
  to: string
  from: string
  subject: string
  template: string | null
  locale: string
  sent_at: string
  attachments: string[]
}

const ID = /^[0-9]{8}T[0-9]{9}-[a-z0-9-]{1,80}-[a-f0-9]{8}$/
export const isOutboxId = (id: string) => ID.test(id)

// Attachment names come from our templates, but a folder is no place to trust a name.
const safeName = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^\.+/, "_").slice(0, 120) || "file"

export function writeOutbox(
  dir: string,
  mail: { raw: Buffer; html: string | null; meta: Omit<OutboxEntry, "id" | "sent_at" | "attachments">; attachments: { filename: string; content: Buffer }[] }
): OutboxEntry {
  fs.mkdirSync(dir, { recursive: true })
  const now = new Date()
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(".", "").replace("Z", "").slice(0, 18)
  const id = `${stamp}-${safeName(mail.meta.template ?? "mail").toLowerCase().replace(/[^a-z0-9-]/g, "-").slice(0, 80)}-${randomBytes(4).toString("hex")}`
  const names = mail.attachments.map((a) => safeName(a.filename))
  if (names.length) {
    fs.mkdirSync(path.join(dir, `${id}.files`))
    mail.attachments.forEach((a, i) => fs.writeFileSync(path.join(dir, `${id}.files`, names[i]), a.content))
  }
  fs.writeFileSync(path.join(dir, `${id}.eml`), mail.raw)
  if (mail.html) fs.writeFileSync(path.join(dir, `${id}.html`), mail.html)
  const entry: OutboxEntry = { ...mail.meta, id, sent_at: now.toISOString(), attachments: names }
  // The index entry last: a reader never lists a mail whose files are not all there.
  fs.writeFileSync(path.join(dir, `${id}.json`), JSON.stringify(entry, null, 2))
  return entry
}

/** The newest mails first. */
export function listOutbox(dir: string, limit = 200): OutboxEntry[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json") && isOutboxId(f.slice(0, -5)))
    .sort()
    .reverse()
    .slice(0, limit)
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as OutboxEntry)
}

export function readOutboxEntry(dir: string, id: string): OutboxEntry | null {
  if (!isOutboxId(id)) return null
  const file = path.join(dir, `${id}.json`)
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as OutboxEntry) : null
}

/** One of a kept mail's files: its HTML, its .eml, or an attachment it listed. Null when there is none. */
export function readOutboxFile(dir: string, id: string, file: "html" | "eml" | { attachment: string }): Buffer | null {
  const entry = readOutboxEntry(dir, id)
  if (!entry) return null
  const target =
    typeof file === "string" ? path.join(dir, `${id}.${file}`) : entry.attachments.includes(file.attachment) ? path.join(dir, `${id}.files`, file.attachment) : null
  return target && fs.existsSync(target) ? fs.readFileSync(target) : null
}
