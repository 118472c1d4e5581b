import { Button, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminFetch, attemptAction, day, euro } from "../lib/admin-fetch"

type Fund = {
  balance: number
  share_bps: number
  disbursements: { id: string; amount: number; purpose: string; beneficiary_project: string; occurred_at: string }[]
}

/** The fund's share of orders, what it holds, and the disbursements coordinators record. */
export const FundAdmin = () => {
  const [fund, setFund] = useState<Fund | null>(null)
  const [share, setShare] = useState("")
  const [form, setForm] = useState({ amount: "", purpose: "", beneficiary_project: "", occurred_at: "" })
  const load = useCallback(() => {
    adminFetch<{ fund: Fund }>("/admin/brand/fund").then((d) => {
      setFund(d.fund)
      setShare((d.fund.share_bps / 100).toLocaleString("it-IT"))
    })
  }, [])
  useEffect(load, [load])
  const saveShare = () =>
    attemptAction(
      () => adminFetch("/admin/brand/fund/policy", { method: "POST", body: { share_bps: Math.round(Number(share.replace(",", ".")) * 100) } }),
      "Quota del fondo aggiornata: vale per i pagamenti da adesso",
      toast,
      load
    )
  const disburse = () =>
    attemptAction(
      () =>
        adminFetch("/admin/brand/fund/disbursements", {
          method: "POST",
          body: {
            amount: Math.round(Number(form.amount.replace(",", ".")) * 100),
            purpose: form.purpose,
            beneficiary_project: form.beneficiary_project,
            ...(form.occurred_at ? { occurred_at: form.occurred_at } : {}),
          },
        }),
      "Erogazione registrata",
      toast,
      () => {
        setForm({ amount: "", purpose: "", beneficiary_project: "", occurred_at: "" })
        load()
      }
    )
  const field = (name: keyof typeof form, label: string, type = "text") => (
    <div>
      <Label htmlFor={`fund-${name}`}>{label}</Label>
      <Input id={`fund-${name}`} type={type} value={form[name]} onChange={(e) => setForm({ ...form, [name]: e.target.value })} />
    </div>
  )
  return (
    <div className="flex flex-col gap-4 px-6 py-4">
      <Heading level="h2">Saldo: {fund ? euro(fund.balance) : "…"}</Heading>
      <div className="flex items-end gap-2">
        <div>
          <Label htmlFor="fund-share">Quota di ogni ordine pagato (%)</Label>
          <Input id="fund-share" value={share} onChange={(e) => setShare(e.target.value)} inputMode="decimal" />
        </div>
        <Button variant="secondary" onClick={saveShare}>
          Salva
        </Button>
        <a href="/admin/brand/fund/export" className="text-ui-fg-interactive">
          Esporta il registro (CSV)
        </a>
      </div>
      <Heading level="h2">Registra un'erogazione</Heading>
      <div className="grid grid-cols-2 gap-2">
        {field("amount", "Importo (€)")}
        {field("occurred_at", "Data", "date")}
        {field("purpose", "Scopo")}
        {field("beneficiary_project", "Progetto beneficiario")}
      </div>
      <div>
        <Button onClick={disburse}>Registra</Button>
      </div>
      <Text size="small">Il fondo non può andare sotto zero: un importo più alto del saldo viene rifiutato.</Text>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Data</Table.HeaderCell>
            <Table.HeaderCell>Importo</Table.HeaderCell>
            <Table.HeaderCell>Progetto</Table.HeaderCell>
            <Table.HeaderCell>Scopo</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(fund?.disbursements ?? []).map((d) => (
            <Table.Row key={d.id}>
              <Table.Cell>{day(d.occurred_at)}</Table.Cell>
              <Table.Cell>{euro(d.amount)}</Table.Cell>
              <Table.Cell>{d.beneficiary_project}</Table.Cell>
              <Table.Cell>{d.purpose}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
