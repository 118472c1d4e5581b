import type { AddressObject } from "mailparser"
import { simpleParser, type ParsedMail } from "mailparser"
import { SMTPServer } from "smtp-server"
import { waitFor } from "./wait-for"

export type ReceivedMail = {
  /** The SMTP envelope's recipients: who the server was asked to deliver to. */
  to: string[]
  from: string
  subject: string
  text: string
  html: string
  template: string | null
  language: string | null
  attachments: { filename: string; contentType: string; content: Buffer }[]
  parsed: ParsedMail
}

export const TEST_MAIL_FROM = "Rete del Buon Vivere <posta@rete.test>"

const addresses = (a: AddressObject | AddressObject[] | undefined) => (Array.isArray(a) ? a : a ? [a] : []).flatMap((x) => x.value.map((v) => v.address ?? ""))

/**
 * A real SMTP server (smtp-server) for one test file, on a free port of 127.0.0.1. Call it at the
 * top of the file, before medusaIntegrationTestRunner: its beforeAll runs first and sets SMTP_URL
 * and MAIL_FROM, which medusa-config.ts hands to the mail provider when the app boots.
 */
export function testMailbox() {
  // One per test file: a file that runs several specs' tests (runDistrictSuites) boots one app, whose SMTP_URL is one server.
  return (shared ??= openMailbox())
}
let shared: ReturnType<typeof openMailbox> | undefined
/** What the file's mailbox received so far, forgotten: each spec of such a file starts with an empty one. */
export const clearTestMailbox = () => shared?.clear()

function openMailbox() {
  const received: ReceivedMail[] = []
  let server: SMTPServer | undefined
  // While set, a message is received (and listed) but the server's answer to it waits: the sender is mid-send.
  let held: Promise<void> | undefined
  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      size: 10 * 1024 * 1024,
      onData(stream, session, done) {
        simpleParser(stream).then((parsed) => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: addresses(parsed.from)[0] ?? "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            template: (parsed.headers.get("x-rbv-template") as string | undefined) ?? null,
            language: (parsed.headers.get("content-language") as string | undefined) ?? null,
            attachments: parsed.attachments.map((a) => ({ filename: a.filename ?? "", contentType: a.contentType, content: a.content })),
            parsed,
          })
          return held
        }).then(() => done(), done)
      },
    })
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve))
    process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as { port: number }).port}`
    process.env.MAIL_FROM = TEST_MAIL_FROM
  })
  afterAll(async () => {
    delete process.env.SMTP_URL
    delete process.env.MAIL_FROM
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  })

  const to = (address: string, template?: string) => received.filter((m) => m.to.includes(address.toLowerCase()) && (!template || m.template === template))
  return {
    received,
    to,
    /** The mails `address` received with `template` once there are `count` of them; fails on timeout. */
    async waitFor(address: string, template: string, count = 1, timeoutMs = 20_000) {
      return waitFor(`${count} "${template}" e-mail(s) to ${address}`, async () => (to(address, template).length >= count ? to(address, template) : null), timeoutMs)
    },
    /**
     * From now on the server takes each message in but does not answer it yet, as a slow mail server: the
     * sender is caught between handing the mail over and hearing it went. Returns the release.
     */
    hold(): () => void {
      let release!: () => void
      held = new Promise((resolve) => (release = resolve))
      return () => {
        held = undefined
        release()
      }
    },
    /** Forget what was received so far (each test starts from the same seeded district). */
    clear: () => void received.splice(0, received.length),
  }
}
