import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Envelope } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { adminFetch, adminLanguage, sdk } from "../../lib/sdk"

type Mail = { id: string; to: string; subject: string; template: string | null; locale: string; sent_at: string; attachments: string[] }
type Outbox = { mode: "outbox" | "smtp"; from: string; mails: Mail[] }

const K = "rbvMail.page."
const when = (iso: string) =>
  new Intl.DateTimeFormat(adminLanguage(), { timeZone: "Europe/Rome", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", second: "2-digit" }).format(new Date(iso))
const fileUrl = (id: string, name: string) => `/admin/mail-outbox/${encodeURIComponent(id)}/files/${encodeURIComponent(name)}`

const Preview = ({ mail }: { mail: Mail }) => {
  const { t } = useTranslation()
  const [html, setHtml] = useState<string | null>(null)
  useEffect(() => {
    setHtml(null)
    // Not JSON: the SDK hands back the response itself.
    sdk.client
      .fetch<Response>(`/admin/mail-outbox/${encodeURIComponent(mail.id)}`, { headers: { accept: "text/html" } })
      .then((r) => r.text(), () => null)
      .then(setHtml)
  }, [mail.id])
  return (
    <div className="flex flex-col gap-2 px-6 py-4">
      <Heading level="h2">{mail.subject}</Heading>
      <Text size="small">
        {t(`${K}sent_to`, { to: mail.to })} · {when(mail.sent_at)} · {mail.template ?? "—"} · {t(`${K}lang.${mail.locale === "en" ? "en" : "it"}`)}
      </Text>
      <div className="flex flex-wrap gap-2">
        <a href={`/admin/mail-outbox/${encodeURIComponent(mail.id)}`} target="_blank" rel="noreferrer">
          <Button size="small" variant="secondary">{t(`${K}open_alone`)}</Button>
        </a>
        {[...mail.attachments, "message.eml"].map((name) => (
          <a key={name} href={fileUrl(mail.id, name)} download={name}>
            <Button size="small" variant="secondary">{t(`${K}download`, { name })}</Button>
          </a>
        ))}
      </div>
      {/* sandbox="": the mail's HTML can neither run nor navigate the admin */}
      {html ? <iframe title={t(`${K}preview`, { subject: mail.subject })} sandbox="" srcDoc={html} className="h-[640px] w-full rounded border" /> : <Text size="small">{t(`${K}loading`)}</Text>}
    </div>
  )
}

const OutboxPage = () => {
  const { t } = useTranslation()
  const [outbox, setOutbox] = useState<Outbox | null>(null)
  const [open, setOpen] = useState<Mail | null>(null)
  const load = useCallback(() => adminFetch<Outbox>("/admin/mail-outbox").then(setOutbox), [])
  useEffect(() => {
    load()
  }, [load])
  return (
    <Container className="divide-y p-0">
      <div className="flex items-start justify-between px-6 py-4">
        <div>
          <Heading level="h1">{t(`${K}title`)}</Heading>
          <Text size="small">
            {outbox?.mode === "smtp"
              ? t(`${K}smtp`, { from: outbox.from })
              : t(`${K}outbox`)}
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={load}>
          {t(`${K}refresh`)}
        </Button>
      </div>
      {outbox?.mode === "outbox" ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t(`${K}columns.when`)}</Table.HeaderCell>
              <Table.HeaderCell>{t(`${K}columns.to`)}</Table.HeaderCell>
              <Table.HeaderCell>{t(`${K}columns.subject`)}</Table.HeaderCell>
              <Table.HeaderCell>{t(`${K}columns.attachments`)}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {outbox.mails.length ? null : (
              <Table.Row>
                <td colSpan={4} className="px-6">
                  <Text size="small" className="text-ui-fg-subtle py-2">
                    {t(`${K}empty`)}
                  </Text>
                </td>
              </Table.Row>
            )}
            {outbox.mails.map((m) => (
              <Table.Row key={m.id} className={open?.id === m.id ? "bg-ui-bg-highlight" : ""}>
                <Table.Cell>{when(m.sent_at)}</Table.Cell>
                <Table.Cell>{m.to}</Table.Cell>
                <Table.Cell>
                  <button type="button" className="text-ui-fg-interactive text-left underline" onClick={() => setOpen(m)}>
                    {m.subject}
                  </button>
                </Table.Cell>
                <Table.Cell>{m.attachments.length ? <Badge size="2xsmall">{m.attachments.length}</Badge> : null}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : null}
      {open ? <Preview mail={open} /> : null}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "rbvMail.menu", translationNs: "translation", icon: Envelope })

export default OutboxPage
