import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Envelope } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { AdminHeader, AdminTable } from "@rbv/kit/admin-ui"
import { useCallback, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { adminFetch, adminHref, adminLanguage, sdk } from "../../lib/sdk"

type Mail = { id: string; to: string; subject: string; template: string | null; locale: string; sent_at: string; attachments: string[] }
type Outbox = { mode: "outbox" | "smtp"; from: string; mails: Mail[] }

const K = "rbvMail.page."
const when = (iso: string) =>
  new Intl.DateTimeFormat(adminLanguage(), { timeZone: "Europe/Rome", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", second: "2-digit" }).format(new Date(iso))
const fileUrl = (id: string, name: string) => adminHref(`/admin/mail-outbox/${encodeURIComponent(id)}/files/${encodeURIComponent(name)}`)

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
        <a href={adminHref(`/admin/mail-outbox/${encodeURIComponent(mail.id)}`)} target="_blank" rel="noreferrer">
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
      <AdminHeader title={t(`${K}title`)} intro={outbox?.mode === "smtp" ? t(`${K}smtp`, { from: outbox.from }) : t(`${K}outbox`)}>
        <Button size="small" variant="secondary" onClick={load}>
          {t(`${K}refresh`)}
        </Button>
      </AdminHeader>
      {outbox?.mode === "outbox" ? (
        <AdminTable columns={["when", "to", "subject", "attachments"].map((c) => t(`${K}columns.${c}`))} items={outbox.mails} empty={t(`${K}empty`)}>
          {(m) => (
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
          )}
        </AdminTable>
      ) : null}
      {open ? <Preview mail={open} /> : null}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "rbvMail.menu", translationNs: "translation", icon: Envelope })

export default OutboxPage
