import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Badge, Button, Container, Table, toast } from "@medusajs/ui"
import { AdminHeader, AdminTable, FilterTabs } from "@rbv/kit/admin-ui"
import { useCallback, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import type { TFunction } from "i18next"
import { adminFetch, adminHref, adminLanguage } from "../../lib/sdk"

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
      window.location.href = adminHref(`/admin/payouts/bank-batches/${batch.id}/csv`)
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
        <AdminHeader title={t(`${K}title`)} intro={t(`${K}intro`)}>
          <Button onClick={runNow} isLoading={busy}>
            {t(`${K}run_now`)}
          </Button>
        </AdminHeader>
        <FilterTabs value={status} onChange={setStatus} tabs={STATUSES.map((s) => ({ value: s, label: t(`${K}status.${s}`) }))} />
        <AdminTable
          columns={["date", "shop", "amount", "method", "status", "orders"].map((c) => t(`${K}columns.${c}`))}
          items={payouts}
          empty={status === "all" ? t(`${K}empty_all`) : t(`${K}empty_status`, { status: t(`${K}status.${status}`) })}
        >
          {(p) => (
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
          )}
        </AdminTable>
      </Container>

      <Container className="mt-4 divide-y p-0">
        <AdminHeader
          level="h2"
          title={t(`${K}transfers`)}
          intro={
            <>
              {waiting ? t(`${K}waiting`, { payments: payments(waiting.count), amount: euro(waiting.total_amount) }) : ""}
              {waiting?.missing_iban_vendor_ids.length ? t(`${K}no_iban`, { names: waiting.missing_iban_vendor_ids.map((id) => names[id] ?? id).join(", ") }) : ""}
            </>
          }
        >
          <Button variant="secondary" onClick={exportBatch} isLoading={busy} disabled={!waiting?.count}>
            {t(`${K}export`)}
          </Button>
        </AdminHeader>
        <AdminTable columns={["batch", "date", "payments", "total"].map((c) => t(`${K}batch_columns.${c}`))} items={batches} empty={t(`${K}no_batches`)}>
          {(b) => (
            <Table.Row key={b.id}>
              <Table.Cell>
                <a className="text-ui-fg-interactive" href={adminHref(`/admin/payouts/bank-batches/${b.id}/csv`)}>
                  {b.id}
                </a>
              </Table.Cell>
              <Table.Cell>{when(b.created_at)}</Table.Cell>
              <Table.Cell>{b.payouts_count}</Table.Cell>
              <Table.Cell>{euro(b.total_amount)}</Table.Cell>
            </Table.Row>
          )}
        </AdminTable>
      </Container>

      <Container className="mt-4 divide-y p-0">
        <AdminHeader level="h2" title={t(`${K}runs`)} />
        <AdminTable columns={["started", "by", "payments", "total", "reconciled"].map((c) => t(`${K}run_columns.${c}`))} items={runs} empty={t(`${K}no_runs`)}>
          {(r) => (
            <Table.Row key={r.id}>
              <Table.Cell>{when(r.created_at)}</Table.Cell>
              <Table.Cell>{t(`${K}${r.trigger === "admin" ? "by_admin" : "by_schedule"}`)}</Table.Cell>
              <Table.Cell>{r.payouts_count || t(`${K}none`)}</Table.Cell>
              <Table.Cell>{euro(r.total_amount)}</Table.Cell>
              <Table.Cell>{r.reconciled_count}</Table.Cell>
            </Table.Row>
          )}
        </AdminTable>
      </Container>
    </>
  )
}

export const config = defineRouteConfig({ label: "rbvVendors.payouts_menu", translationNs: "translation", icon: Cash })

export default PayoutsPage
