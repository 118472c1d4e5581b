import { Badge, Button, Table, Tabs, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminFetch, attemptAction, day } from "../lib/admin-fetch"

type Certification = {
  id: string
  status: "submitted" | "changes_requested" | "approved" | "rejected" | "expired"
  vendor: { name: string; handle: string } | null
  charter_version: number | null
  adherence: { criterion_key: string; title: string; evidence: string; photos: string[] }[]
  review_note: string | null
  submitted_at: string
  valid_until: string | null
}

const STATUSES = ["submitted", "changes_requested", "approved", "rejected", "expired"] as const
const LABEL = { submitted: "Da esaminare", changes_requested: "Modifiche chieste", approved: "Certificate", rejected: "Respinte", expired: "Scadute" }
// One row is one shop's adherence: its badge speaks of that one.
const ROW_LABEL = { submitted: "Da esaminare", changes_requested: "Modifiche chieste", approved: "Certificata", rejected: "Respinta", expired: "Scaduta" }
// Why a tab is empty, in the coordinators' words.
const EMPTY = {
  submitted: "Nessuna adesione da esaminare: quando una bottega invia la sua adesione alla carta, appare qui.",
  changes_requested: "Nessuna bottega deve modificare la sua adesione.",
  approved: "Nessuna bottega è certificata in questo momento.",
  rejected: "Nessuna adesione respinta.",
  expired: "Nessun certificato scaduto.",
}

/** Coordinators read each adherence (evidence and photos per criterion) and decide. */
export const CertificationReview = () => {
  const [status, setStatus] = useState<Certification["status"]>("submitted")
  const [certs, setCerts] = useState<Certification[]>([])
  const load = useCallback(() => {
    adminFetch<{ certifications: Certification[] }>(`/admin/brand/certifications?status=${status}`).then((d) => setCerts(d.certifications))
  }, [status])
  useEffect(load, [load])
  const act = (c: Certification, action: "approve" | "request-changes" | "reject") => {
    const reason = action === "approve" ? null : window.prompt(action === "reject" ? "Motivo del rifiuto" : "Che cosa deve cambiare la bottega?")
    if (action !== "approve" && !reason) return
    return attemptAction(
      () => adminFetch(`/admin/brand/certifications/${c.id}/${action}`, { method: "POST", body: action === "approve" ? { validity_months: 12 } : { reason } }),
      "Fatto",
      toast,
      load
    )
  }
  return (
    <div>
      <Tabs value={status} onValueChange={(v) => setStatus(v as Certification["status"])}>
        <Tabs.List className="px-6 py-2">
          {STATUSES.map((s) => (
            <Tabs.Trigger key={s} value={s}>
              {LABEL[s]}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
      </Tabs>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Bottega</Table.HeaderCell>
            <Table.HeaderCell>Carta</Table.HeaderCell>
            <Table.HeaderCell>Prove per criterio</Table.HeaderCell>
            <Table.HeaderCell>Stato</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {certs.length ? null : (
            <Table.Row>
              <td colSpan={5} className="px-6">
                <Text size="small" className="text-ui-fg-subtle py-2">
                  {EMPTY[status]}
                </Text>
              </td>
            </Table.Row>
          )}
          {certs.map((c) => (
            <Table.Row key={c.id}>
              <Table.Cell>{c.vendor?.name ?? "—"}</Table.Cell>
              <Table.Cell>v{c.charter_version}</Table.Cell>
              <Table.Cell>
                <ul className="flex flex-col gap-1 py-2">
                  {c.adherence.map((a) => (
                    <li key={a.criterion_key}>
                      <Text size="small" weight="plus">
                        {a.title}
                      </Text>
                      <Text size="small">{a.evidence}</Text>
                      {a.photos.map((url) => (
                        <a key={url} href={url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive text-xs">
                          foto
                        </a>
                      ))}
                    </li>
                  ))}
                </ul>
              </Table.Cell>
              <Table.Cell>
                <Badge className="whitespace-nowrap">{ROW_LABEL[c.status]}</Badge>
                {c.valid_until ? <Text size="small">fino al {day(c.valid_until)}</Text> : null}
                {c.review_note ? <Text size="small">{c.review_note}</Text> : null}
              </Table.Cell>
              <Table.Cell className="flex gap-2">
                {c.status === "submitted" ? (
                  <>
                    <Button size="small" onClick={() => act(c, "approve")}>
                      Approva
                    </Button>
                    <Button size="small" variant="secondary" onClick={() => act(c, "request-changes")}>
                      Chiedi modifiche
                    </Button>
                    <Button size="small" variant="danger" onClick={() => act(c, "reject")}>
                      Respingi
                    </Button>
                  </>
                ) : null}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
