import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { simpleParser, type ParsedMail } from "mailparser"
import { SMTPServer } from "smtp-server"
import { MailNotificationService } from "../../providers/mail/service"
import { listOutbox, readOutboxFile } from "../outbox"
import { mailTemplates } from "../../templates"

const logger = { info: jest.fn(), warn: jest.fn(), error: jest.fn() } as any
const example = (id: string) => mailTemplates().get(id)!.example

describe("MailNotificationService", () => {
  describe("with SMTP_URL: a real SMTP conversation (smtp-server)", () => {
    const received: { envelopeTo: string[]; mail: ParsedMail }[] = []
    let server: SMTPServer
    let port = 0
    beforeAll(async () => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ["STARTTLS"],
        logger: false,
        onData(stream, session, done) {
          simpleParser(stream).then((mail) => {
            received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), mail })
            done()
          }, done)
        },
      })
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
      port = (server.server.address() as { port: number }).port
    })
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

    it("sends the rendered template: envelope, From, subject, text and HTML parts, the recipient's language", async () => {
      const provider = new MailNotificationService({ logger }, { smtp_url: `smtp://127.0.0.1:${port}`, from: "Rete <posta@rete.example>", storefront_url: "https://shop.example" })
      const result = await provider.send({ to: "giulia@example.org", channel: "email", template: "delivery-failed", data: { ...example("delivery-failed"), locale: "en" } })
      expect(result.id).toMatch(/@/)
      const got = received.at(-1)!
      expect(got.envelopeTo).toEqual(["giulia@example.org"])
      expect(got.mail.from?.value).toEqual([{ name: "Rete", address: "posta@rete.example" }])
      expect(got.mail.subject).toBe("We could not deliver order no. 12")
      expect(got.mail.text).toContain("Nessuno in casa, citofono guasto")
      expect(got.mail.html).toContain('<html lang="en">')
      expect(got.mail.headers.get("auto-submitted")).toBe("auto-generated")
    })

    it("carries the template's attachments and the sender's own (base64)", async () => {
      const provider = new MailNotificationService({ logger }, { smtp_url: `smtp://127.0.0.1:${port}`, from: "posta@rete.example" })
      await provider.send({
        to: "forno@example.org",
        channel: "email",
        template: "delivery-packing-list",
        data: example("delivery-packing-list"),
        attachments: [{ filename: "nota.txt", content: Buffer.from("ciao").toString("base64"), content_type: "text/plain" }],
      })
      const got = received.at(-1)!.mail
      expect(got.attachments.map((a) => a.filename)).toEqual(["lista-preparazione-2026-12-03.html", "lista-preparazione-2026-12-03.csv", "nota.txt"])
      expect(got.attachments[2].content.toString()).toBe("ciao")
    })

    it("refuses to start without MAIL_FROM, or with a URL that is not SMTP", () => {
      expect(() => new MailNotificationService({ logger }, { smtp_url: "smtp://127.0.0.1:25" })).toThrow(/MAIL_FROM/)
      expect(() => new MailNotificationService({ logger }, { smtp_url: "http://127.0.0.1:25", from: "a@b.c" })).toThrow(/SMTP_URL/)
    })

    it("an unknown template without content is refused, with content it is sent as given", async () => {
      const provider = new MailNotificationService({ logger }, { smtp_url: `smtp://127.0.0.1:${port}`, from: "posta@rete.example" })
      await expect(provider.send({ to: "a@example.org", channel: "email", template: "nope", data: {} })).rejects.toThrow(/No e-mail template "nope"/)
      await provider.send({ to: "a@example.org", channel: "email", template: "nope", data: {}, content: { subject: "Oggetto", text: "Testo" } })
      expect(received.at(-1)!.mail.subject).toBe("Oggetto")
    })
  })

  describe("without SMTP_URL: the local outbox", () => {
    it("keeps .eml, .html, attachments and an index entry; logs one line without the data", async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rbv-outbox-test-"))
      const provider = new MailNotificationService({ logger }, { outbox_dir: dir })
      const data = { ...example("delivery-volunteer-invited"), invite_url: "http://localhost:8000/logistica/invito?token=SECRET123" }
      await provider.send({ to: "marta@example.org", channel: "email", template: "delivery-volunteer-invited", data })
      const [entry] = listOutbox(dir)
      expect(entry).toMatchObject({ to: "marta@example.org", template: "delivery-volunteer-invited", locale: "it", subject: "Ti aspettiamo nella logistica della Rete del Buon Vivere" })
      const eml = await simpleParser(readOutboxFile(dir, entry.id, "eml")!)
      expect(eml.text).toContain("token=SECRET123")
      expect(readOutboxFile(dir, entry.id, "html")!.toString()).toContain("Crea il tuo accesso")
      const line = logger.info.mock.calls.at(-1)[0] as string
      expect(line).toContain(entry.id)
      expect(line).not.toContain("SECRET123")
      // ids are checked: nothing outside the folder is read
      expect(readOutboxFile(dir, "../../etc/passwd", "eml")).toBeNull()
      expect(readOutboxFile(dir, entry.id, { attachment: "../x" })).toBeNull()
    })
  })
})
