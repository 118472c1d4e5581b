import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Tabs, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { EmptyRow } from "../../components/empty-row"
import { adminFetch } from "../../lib/admin-fetch"

type PayoutItem = { id: string; kind: "sale" | "refund" | "carry"; net: number; display_id: number | null; parent_display_id: number | null }
type Payout = { id: string; vendor_id: string; created_at: string; amount: number; method: string; status: string; failure_reason: string | null; stripe_transfer_id: string | null; items: PayoutItem[] }
type Run = { id: string; trigger: string; created_at: string; finished_at: string | null; payouts_count: number; total_amount: number; reconciled_count: number }
type Batch = { id: string; created_at: string; payouts_count: number; total_amount: number }
type Waiting = { count: number; total_amount: number; missing_iban_vendor_ids: string[] }
type NotDue = { in_holding: number; next_eligible_at: string | null; awaiting_payment: number; offset_by_refunds: number }

const STATUSES = ["all", "processing", "paid", "awaiting_bank_transfer", "exported", "offset", "failed"] as const
const STATUS_LABEL: Record<string, string> = {
  all: "Tutti",
  processing: "In corso",
  paid: "Pagati",
  awaiting_bank_transfer: "Da bonificare",
  exported: "Bonifico disposto",
  offset: "Compensati",
  failed: "Non riusciti",
}
const BADGE: Record<string, "green" | "orange" | "red" | "grey" | "blue"> = { paid: "green", processing: "blue", awaiting_bank_transfer: "orange", exported: "green", offset: "grey", failed: "red" }
const METHOD: Record<string, string> = { stripe: "Stripe", bank_transfer: "Bonifico", none: "—" }
const euro = (cents: number) => (cents / 100).toLocaleString("it-IT", { style: "currency", currency: "EUR" })
const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString("it-IT") : "—")
const orders = (n: number) => (n === 1 ? "1 ordine" : `${n} ordini`)
const payments = (n: number) => (n === 1 ? "1 pagamento" : `${n} pagamenti`)

/** Why a run paid nothing, from what the API counted as not due yet. */
function whyNothingPaid(d: NotDue): string {
  const reasons = [
    d.in_holding
      ? `${orders(d.in_holding)} ${d.in_holding === 1 ? "è" : "sono"} ancora nel periodo di garanzia (il primo si paga dal ${when(d.next_eligible_at)})`
      : null,
    d.awaiting_payment ? `${orders(d.awaiting_payment)} ${d.awaiting_payment === 1 ? "aspetta" : "aspettano"} ancora l'incasso dal residente` : null,
    d.offset_by_refunds ? `${orders(d.offset_by_refunds)} ${d.offset_by_refunds === 1 ? "è compensato" : "sono compensati"} da rimborsi della stessa bottega` : null,
  ].filter(Boolean)
  return reasons.length ? `Nessun pagamento: ${reasons.join("; ")}.` : "Nessun pagamento: non ci sono ordini consegnati da pagare agli artigiani."
}

const PayoutsPage = () => {
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
      if (not_due) toast.info(whyNothingPaid(not_due))
      else toast.success(`${payments(run.payouts_count)}, ${euro(run.total_amount)}${run.reconciled_count ? `, ${run.reconciled_count} riconciliati` : ""}`)
      if (errors.length) toast.error(`${payments(errors.length)} Stripe ${errors.length === 1 ? "resta" : "restano"} in corso: ${errors[0].message}`)
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
            <Heading level="h1">Pagamenti agli artigiani</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Ogni ordine consegnato si paga all'artigiano dopo il periodo di garanzia: con Stripe se ha un conto attivo, altrimenti con bonifico.
            </Text>
          </div>
          <Button onClick={runNow} isLoading={busy}>
            Esegui pagamenti ora
          </Button>
        </div>
        <Tabs value={status} onValueChange={(v) => setStatus(v as (typeof STATUSES)[number])}>
          <Tabs.List className="px-6 py-2">
            {STATUSES.map((s) => (
              <Tabs.Trigger key={s} value={s}>
                {STATUS_LABEL[s]}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Data</Table.HeaderCell>
              <Table.HeaderCell>Bottega</Table.HeaderCell>
              <Table.HeaderCell>Importo</Table.HeaderCell>
              <Table.HeaderCell>Modo</Table.HeaderCell>
              <Table.HeaderCell>Stato</Table.HeaderCell>
              <Table.HeaderCell>Ordini</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {payouts.length ? null : (
              <EmptyRow columns={6}>
                {status === "all"
                  ? "Nessun pagamento finora: un ordine consegnato si paga all'artigiano dopo il periodo di garanzia, alla prossima esecuzione."
                  : `Nessun pagamento «${STATUS_LABEL[status]}».`}
              </EmptyRow>
            )}
            {payouts.map((p) => (
              <Table.Row key={p.id}>
                <Table.Cell>{when(p.created_at)}</Table.Cell>
                <Table.Cell>{names[p.vendor_id] ?? p.vendor_id}</Table.Cell>
                <Table.Cell>{euro(p.amount)}</Table.Cell>
                <Table.Cell>{METHOD[p.method] ?? p.method}</Table.Cell>
                <Table.Cell>
                  <Badge color={BADGE[p.status] ?? "grey"} title={p.failure_reason ?? p.stripe_transfer_id ?? undefined}>
                    {STATUS_LABEL[p.status] ?? p.status}
                  </Badge>
                </Table.Cell>
                <Table.Cell>
                  {p.items
                    .map((i) => `${i.kind === "sale" ? "#" : i.kind === "refund" ? "rimborso #" : "saldo"}${i.kind === "carry" ? "" : i.parent_display_id ?? "?"} ${euro(i.net)}`)
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
            <Heading level="h2">Bonifici</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {waiting ? `${payments(waiting.count)} in attesa, ${euro(waiting.total_amount)}.` : ""}
              {waiting?.missing_iban_vendor_ids.length ? ` Senza IBAN: ${waiting.missing_iban_vendor_ids.map((id) => names[id] ?? id).join(", ")}.` : ""}
            </Text>
          </div>
          <Button variant="secondary" onClick={exportBatch} isLoading={busy} disabled={!waiting?.count}>
            Esporta bonifici (CSV)
          </Button>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Distinta</Table.HeaderCell>
              <Table.HeaderCell>Data</Table.HeaderCell>
              <Table.HeaderCell>Pagamenti</Table.HeaderCell>
              <Table.HeaderCell>Totale</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {batches.length ? null : (
              <EmptyRow columns={4}>Nessuna distinta esportata: i pagamenti con bonifico in attesa si esportano con «Esporta bonifici (CSV)».</EmptyRow>
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
          <Heading level="h2">Esecuzioni</Heading>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Avviata</Table.HeaderCell>
              <Table.HeaderCell>Da</Table.HeaderCell>
              <Table.HeaderCell>Pagamenti</Table.HeaderCell>
              <Table.HeaderCell>Totale</Table.HeaderCell>
              <Table.HeaderCell>Riconciliati</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {runs.length ? null : <EmptyRow columns={5}>Nessuna esecuzione ancora: i pagamenti partono ogni ora, o con «Esegui pagamenti ora».</EmptyRow>}
            {runs.map((r) => (
              <Table.Row key={r.id}>
                <Table.Cell>{when(r.created_at)}</Table.Cell>
                <Table.Cell>{r.trigger === "admin" ? "Coordinamento" : "Automatica"}</Table.Cell>
                <Table.Cell>{r.payouts_count || "nessuno"}</Table.Cell>
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
