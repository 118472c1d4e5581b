import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Table, Tabs, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { EmptyRow } from "../../components/empty-row"
import { adminFetch, percent } from "../../lib/admin-fetch"

type Vendor = {
  id: string
  name: string
  handle: string
  craft: string
  email: string
  status: "pending" | "approved" | "rejected" | "suspended"
  status_reason: string | null
  commission_rate_bps: number | null
  product_count: number
  created_at: string
}

const STATUSES = ["pending", "approved", "suspended", "rejected"] as const
const STATUS_LABEL = { pending: "In attesa", approved: "Approvati", suspended: "Sospesi", rejected: "Respinti" }
// The tabs name groups, a row's badge names one shop's state, on one line.
const ROW_LABEL = { pending: "In attesa", approved: "Approvato", suspended: "Sospeso", rejected: "Respinto" }
const EMPTY = {
  pending: "Nessuna candidatura in attesa: le nuove candidature dal sito appaiono qui.",
  approved: "Nessuna bottega approvata per ora.",
  suspended: "Nessuna bottega sospesa.",
  rejected: "Nessuna candidatura respinta.",
}
const BADGE = { pending: "orange", approved: "green", suspended: "red", rejected: "grey" } as const
const ACTIONS: Record<Vendor["status"], { action: string; label: string; needsReason?: boolean }[]> = {
  pending: [
    { action: "approve", label: "Approva" },
    { action: "reject", label: "Respingi", needsReason: true },
  ],
  approved: [{ action: "suspend", label: "Sospendi", needsReason: true }],
  suspended: [{ action: "reactivate", label: "Riattiva" }],
  rejected: [{ action: "approve", label: "Approva" }],
}

const CommissionPolicy = () => {
  const [rate, setRate] = useState("")
  useEffect(() => {
    adminFetch<{ commission_policy: { default_rate_bps: number } }>("/admin/commission-policy").then((d) =>
      setRate(percent(d.commission_policy.default_rate_bps))
    )
  }, [])
  const save = async () => {
    try {
      const bps = Math.round(Number(rate.replace(",", ".")) * 100)
      await adminFetch("/admin/commission-policy", { method: "POST", body: { default_rate_bps: bps } })
      toast.success("Contributo alla rete aggiornato: vale per gli ordini da adesso in poi")
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  return (
    <div className="flex items-end gap-2 px-6 py-4">
      <div>
        <Label htmlFor="default-rate">Contributo alla rete predefinito (%)</Label>
        <Input id="default-rate" value={rate} onChange={(e) => setRate(e.target.value)} inputMode="decimal" />
      </div>
      <Button variant="secondary" onClick={save}>
        Salva
      </Button>
    </div>
  )
}

const VendorsPage = () => {
  const [status, setStatus] = useState<Vendor["status"]>("pending")
  const [vendors, setVendors] = useState<Vendor[]>([])
  const load = useCallback(async () => {
    const data = await adminFetch<{ vendors: Vendor[] }>(`/admin/vendors?status=${status}`)
    setVendors(data.vendors)
  }, [status])
  useEffect(() => {
    load().catch((e) => toast.error(e.message))
  }, [load])

  const act = async (vendor: Vendor, action: string, needsReason?: boolean) => {
    const reason = needsReason ? window.prompt(`Motivo (${vendor.name} lo leggerà):`) : undefined
    if (needsReason && !reason) return
    try {
      await adminFetch(`/admin/vendors/${vendor.id}/${action}`, { method: "POST", body: reason ? { reason } : {} })
      toast.success(`${vendor.name}: fatto`)
      await load()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  const setOverride = async (vendor: Vendor) => {
    const value = window.prompt("Contributo per questa bottega in % (vuoto = quello predefinito)", percent(vendor.commission_rate_bps))
    if (value === null) return
    try {
      const bps = value.trim() === "" ? null : Math.round(Number(value.replace(",", ".")) * 100)
      await adminFetch(`/admin/vendors/${vendor.id}`, { method: "POST", body: { commission_rate_bps: bps } })
      await load()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Artigiani della Rete</Heading>
        <Text className="text-ui-fg-subtle">Candidature, approvazioni, sospensioni e contributo alla rete.</Text>
      </div>
      <CommissionPolicy />
      <Tabs value={status} onValueChange={(v) => setStatus(v as Vendor["status"])}>
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
            <Table.HeaderCell>Bottega</Table.HeaderCell>
            <Table.HeaderCell>Mestiere</Table.HeaderCell>
            <Table.HeaderCell>E-mail</Table.HeaderCell>
            <Table.HeaderCell>Prodotti</Table.HeaderCell>
            <Table.HeaderCell>Contributo</Table.HeaderCell>
            <Table.HeaderCell>Stato</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {vendors.length ? null : <EmptyRow columns={7}>{EMPTY[status]}</EmptyRow>}
          {vendors.map((v) => (
            <Table.Row key={v.id}>
              <Table.Cell>{v.name}</Table.Cell>
              <Table.Cell>{v.craft}</Table.Cell>
              <Table.Cell>{v.email}</Table.Cell>
              <Table.Cell>{v.product_count}</Table.Cell>
              <Table.Cell>
                <Button size="small" variant="transparent" onClick={() => setOverride(v)}>
                  {v.commission_rate_bps === null ? "predefinito" : `${percent(v.commission_rate_bps)}%`}
                </Button>
              </Table.Cell>
              <Table.Cell>
                <Badge color={BADGE[v.status]} title={v.status_reason ?? undefined} className="whitespace-nowrap">
                  {ROW_LABEL[v.status]}
                </Badge>
              </Table.Cell>
              <Table.Cell className="flex gap-2">
                {ACTIONS[v.status].map((a) => (
                  <Button key={a.action} size="small" variant="secondary" onClick={() => act(v, a.action, a.needsReason)}>
                    {a.label}
                  </Button>
                ))}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "rbvVendors.menu", translationNs: "translation", icon: BuildingStorefront })

export default VendorsPage
