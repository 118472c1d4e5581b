import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Tabs, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import type { TFunction } from "i18next"
import { EmptyRow } from "../../components/empty-row"
import { adminFetch, adminLanguage } from "../../lib/sdk"

type PayoutItem = { id: string; kind: "sale" | "refund" | "carry"; net: number; display_id: number | null; parent_display_id: number | null }
type Payout = { id: string; vendor_id: string; created_at: string; amount: number; method: string; status: string; failure_reason: string | null; stripe_transfer_id: string | null; items: PayoutItem[] }
type Run = { id: string; trigger: string; created_at: string; finished_at: string | null; payouts_count: number; total_amount: number; reconciled_count: number }
type Batch = { id: string; created_at: string; payouts_count: number; total_amount: number }
type Waiting = { count: number; total_amount: number; missing_iban_vendor_ids: string[] }
type NotDue = { in_holding: number; next_eligible_at: string | null; awaiting_payment: number; offset_by_refunds: number }

const STATUSES = ["all", "processing", "paid", "awaiting_bank_transfer", "exported", "offset", "failed"] as const
// Copy in the admin's language: i18n/json, rbvVendors.payouts.
const K = "rbvVendors.payouts."
const BADGE: Record<string, "green" | "orange" | "red" | "grey" | "blue"> = { paid: "green", processing: "blue", awaiting_bank_transfer: "orange", exported: "green", offset: "grey", failed: "red" }
const euro = (cents: number) => (cents / 100).toLocaleString(adminLanguage(), { style: "currency", currency: "EUR" })
const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString(adminLanguage(), { timeZone: "Europe/Rome" }) : "—")

/** Why a run paid nothing, from what the API counted as not due yet. */
function whyNothingPaid(d: NotDue, t: TFunction): string {
  const orders = (count: number) => t(`${K}orders`, { count })
  const reasons = [
    d.in_holding ? t(`${K}holding`, { count: d.in_holding, orders: orders(d.in_holding), date: when(d.next_eligible_at) }) : null,
    d.awaiting_payment ? t(`${K}awaiting`, { count: d.awaiting_payment, orders: orders(d.awaiting_payment) }) : null,
    d.offset_by_refunds ? t(`${K}offset`, { count: d.offset_by_refunds, orders: orders(d.offset_by_refunds) }) : null,
  ].filter(Boolean)
  return reasons.length ? t(`${K}nothing_because`, { reasons: reasons.join("; ") }) : t(`${K}nothing`)
}

const PayoutsPage = () => {
  const { t } = useTranslation()
  const payments = (count: number) => t(`${K}payments`, { count })
  const [status, setStatus] = useState<(typeof STATUSES)[number]>("all")
  const [payouts, setPayouts] = useState<Payout[]>([])
  const [runs, setRuns] = useState<Run[]>([])
  const [batches, setBatches] = useState<Batch[]>([])
  const [waiting, setWaiting] = useState<Waiting | null>(null)
  const [names, setNames] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    const [p, r, b, v] = await Promise.all([
      adminFetch<{ payouts: Payout[] }>(`/admin/payouts${status === "all" ? "" : `?status=${status}`}`),
      adminFetch<{ runs: Run[] }>("/admin/payouts/runs"),
      adminFetch<{ batches: Batch[]; waiting: Waiting }>("/admin/payouts/bank-batches"),
      adminFetch<{ vendors: { id: string; name: string }[] }>("/admin/vendors?limit=200"),
    ])
    setPayouts(p.payouts)
    setRuns(r.runs)
    setBatches(b.batches)
    setWaiting(b.waiting)
    setNames(Object.fromEntries(v.vendors.map((x) => [x.id, x.name])))
  }, [status])

  useEffect(() => {
    load().catch((e) => toast.error(e.message))
  }, [load])

  const runNow = async () => {
    setBusy(true)
    try {
      const { run, errors, not_due } = await adminFetch<{ run: Run; errors: { payout_id: string; message: string }[]; not_due: NotDue | null }>("/admin/payouts/run", {
        method: "POST",
        body: {},
      })
      if (not_due) toast.info(whyNothingPaid(not_due, t))
      else
        toast.success(
          t(`${K}run_done`, { payments: payments(run.payouts_count), amount: euro(run.total_amount) }) +
            (run.reconciled_count ? t(`${K}reconciled`, { count: run.reconciled_count }) : "")
        )
      if (errors.length) toast.error(t(`${K}stripe_pending`, { count: errors.length, payments: payments(errors.length), message: errors[0].message }))
      await load()
    } catch (e: any) {
      toast.error(e.message)
    } finally {
      setBusy(false)
    }
  }

  const exportBatch = async () => {
    setBusy(true)
    try {
      const { batch } = await adminFetch<{ batch: Batch }>("/admin/payouts/bank-batches", { method: "POST", body: {} })
      window.location.href = `/admin/payouts/bank-batches/${batch.id}/csv`
      await load()
    } catch (e: any) {
      toast.error(e.message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h1">{t(`${K}title`)}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t(`${K}intro`)}
            </Text>
          </div>
          <Button onClick={runNow} isLoading={busy}>
            {t(`${K}run_now`)}
          </Button>
        </div>
        <Tabs value={status} onValueChange={(v) => setStatus(v as (typeof STATUSES)[number])}>
          <Tabs.List className="px-6 py-2">
            {STATUSES.map((s) => (
              <Tabs.Trigger key={s} value={s}>
                {t(`${K}status.${s}`)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t(`${K}columns.date`)}</Table.HeaderCell>
              <Table.HeaderCell>{t(`${K}columns.shop`)}</Table.HeaderCell>
              <Table.HeaderCell>{t(`${K}columns.amount`)}</Table.HeaderCell>
              <Table.HeaderCell>{t(`${K}columns.method`)}</Table.HeaderCell>
              <Table.HeaderCell>{t(`${K}columns.status`)}</Table.HeaderCell>
              <Table.HeaderCell>{t(`${K}columns.orders`)}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {payouts.length ? null : (
              <EmptyRow columns={6}>
                {status === "all" ? t(`${K}empty_all`) : t(`${K}empty_status`, { status: t(`${K}status.${status}`) })}
              </EmptyRow>
            )}
            {payouts.map((p) => (
              <Table.Row key={p.id}>
                <Table.Cell>{when(p.created_at)}</Table.Cell>
                <Table.Cell>{names[p.vendor_id] ?? p.vendor_id}</Table.Cell>
                <Table.Cell>{euro(p.amount)}</Table.Cell>
                <Table.Cell>{t(`${K}method.${p.method}`, { defaultValue: p.method })}</Table.Cell>
                <Table.Cell>
                  <Badge color={BADGE[p.status] ?? "grey"} title={p.failure_reason ?? p.stripe_transfer_id ?? undefined}>
                    {t(`${K}status.${p.status}`, { defaultValue: p.status })}
                  </Badge>
                </Table.Cell>
                <Table.Cell>
                  {p.items
                    .map((i) => `${i.kind === "sale" ? "#" : i.kind === "refund" ? t(`${K}refund`) : t(`${K}carry`)}${i.kind === "carry" ? "" : i.parent_display_id ?? "?"} ${euro(i.net)}`)
                    .join(" · ")}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>

      <Container className="mt-4 divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h2">{t(`${K}transfers`)}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {waiting ? t(`${K}waiting`, { payments: payments(waiting.count), amount: euro(waiting.total_amount) }) : ""}
              {waiting?.missing_iban_vendor_ids.length ? t(`${K}no_iban`, { names: waiting.missing_iban_vendor_ids.map((id) => names[id] ?? id).join(", ") }) : ""}
            </Text>
          </div>
          <Button variant="secondary" onClick={exportBatch} isLoading={busy} disabled={!waiting?.count}>
            {t(`${K}export`)}
          </Button>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t(`${K}batch_columns.batch`)}</Table.HeaderCell>
              <Table.HeaderCell>{t(`${K}batch_columns.date`)}</Table.HeaderCell>
              <Table.HeaderCell>{t(`${K}batch_columns.payments`)}</Table.HeaderCell>
              <Table.HeaderCell>{t(`${K}batch_columns.total`)}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {batches.length ? null : (
              <EmptyRow columns={4}>{t(`${K}no_batches`)}</EmptyRow>
            )}
            {batches.map((b) => (
              <Table.Row key={b.id}>
                <Table.Cell>
                  <a className="text-ui-fg-interactive" href={`/admin/payouts/bank-batches/${b.id}/csv`}>
                    {b.id}
                  </a>
                </Table.Cell>
                <Table.Cell>{when(b.created_at)}</Table.Cell>
                <Table.Cell>{b.payouts_count}</Table.Cell>
                <Table.Cell>{euro(b.total_amount)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>

      <Container className="mt-4 divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t(`${K}runs`)}</Heading>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t(`${K}run_columns.started`)}</Table.HeaderCell>
              <Table.HeaderCell>{t(`${K}run_columns.by`)}</Table.HeaderCell>
              <Table.HeaderCell>{t(`${K}run_columns.payments`)}</Table.HeaderCell>
              <Table.HeaderCell>{t(`${K}run_columns.total`)}</Table.HeaderCell>
              <Table.HeaderCell>{t(`${K}run_columns.reconciled`)}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {runs.length ? null : <EmptyRow columns={5}>{t(`${K}no_runs`)}</EmptyRow>}
            {runs.map((r) => (
              <Table.Row key={r.id}>
                <Table.Cell>{when(r.created_at)}</Table.Cell>
                <Table.Cell>{t(`${K}${r.trigger === "admin" ? "by_admin" : "by_schedule"}`)}</Table.Cell>
                <Table.Cell>{r.payouts_count || t(`${K}none`)}</Table.Cell>
                <Table.Cell>{euro(r.total_amount)}</Table.Cell>
                <Table.Cell>{r.reconciled_count}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </>
  )
}

export const config = defineRouteConfig({ label: "rbvVendors.payouts_menu", translationNs: "translation", icon: Cash })

export default PayoutsPage
