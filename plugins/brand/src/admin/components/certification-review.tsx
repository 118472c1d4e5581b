import { Badge, Button, Table, Text } from "@medusajs/ui"
import { AdminTable, attemptAction, FilterTabs } from "@rbv/kit/admin-ui"
import { useCallback, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { adminFetch, day } from "../lib/sdk"

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
// Copy in i18n/json (rbvBrand.certifications): tabs name groups, a row's badge speaks of one
// shop's adherence, an empty tab says why in the coordinators' words.
const K = "rbvBrand.certifications."

/** Coordinators read each adherence (evidence and photos per criterion) and decide. */
export const CertificationReview = () => {
  const { t } = useTranslation()
  const [status, setStatus] = useState<Certification["status"]>("submitted")
  const [certs, setCerts] = useState<Certification[]>([])
  const load = useCallback(() => {
    adminFetch<{ certifications: Certification[] }>(`/admin/brand/certifications?status=${status}`).then((d) => setCerts(d.certifications))
  }, [status])
  useEffect(load, [load])
  const act = (c: Certification, action: "approve" | "request-changes" | "reject") => {
    const reason = action === "approve" ? null : window.prompt(t(`${K}${action === "reject" ? "reject_prompt" : "changes_prompt"}`))
    if (action !== "approve" && !reason) return
    return attemptAction(
      () => adminFetch(`/admin/brand/certifications/${c.id}/${action}`, { method: "POST", body: action === "approve" ? { validity_months: 12 } : { reason } }),
      t(`${K}done`),
      load
    )
  }
  return (
    <div>
      <FilterTabs value={status} onChange={setStatus} tabs={STATUSES.map((s) => ({ value: s, label: t(`${K}tabs.${s}`) }))} />
      <AdminTable columns={[...["shop", "charter", "evidence", "status"].map((c) => t(`${K}columns.${c}`)), ""]} items={certs} empty={t(`${K}empty.${status}`)}>
        {(c) => (
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
                        {t(`${K}photo`)}
                      </a>
                    ))}
                  </li>
                ))}
              </ul>
            </Table.Cell>
            <Table.Cell>
              <Badge className="whitespace-nowrap">{t(`${K}row.${c.status}`)}</Badge>
              {c.valid_until ? <Text size="small">{t(`${K}until`, { date: day(c.valid_until) })}</Text> : null}
              {c.review_note ? <Text size="small">{c.review_note}</Text> : null}
            </Table.Cell>
            <Table.Cell>
              <div className="flex gap-2">
                {c.status === "submitted" ? (
                  <>
                    <Button size="small" onClick={() => act(c, "approve")}>
                      {t(`${K}approve`)}
                    </Button>
                    <Button size="small" variant="secondary" onClick={() => act(c, "request-changes")}>
                      {t(`${K}request_changes`)}
                    </Button>
                    <Button size="small" variant="danger" onClick={() => act(c, "reject")}>
                      {t(`${K}reject`)}
                    </Button>
                  </>
                ) : null}
              </div>
            </Table.Cell>
          </Table.Row>
        )}
      </AdminTable>
    </div>
  )
}
