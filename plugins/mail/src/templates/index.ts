import fs from "node:fs"
import path from "node:path"
import type { MailTemplate } from "../lib/define-template"

let registry: Map<string, MailTemplate> | null = null

/**
 * Every file of this folder is one e-mail (`export default defineTemplate({...})`): adding an
 * e-mail to the network is adding one file here; the provider finds it by its id.
 */
export function mailTemplates(): Map<string, MailTemplate> {
  if (registry) return registry
  const found = new Map<string, MailTemplate>()
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (!/\.(js|ts)$/.test(file) || file.endsWith(".d.ts") || /^index\./.test(file)) continue
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const template = require(path.join(__dirname, file)).default as MailTemplate | undefined
    if (!template?.id || !template.render) throw new Error(`${file} in the mail templates must default-export defineTemplate({...})`)
    if (found.has(template.id)) throw new Error(`Two mail templates are called "${template.id}"`)
    found.set(template.id, template)
  }
  registry = found
  return found
}
