import { Button, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { AdminTable, attemptAction } from "@rbv/kit/admin-ui"
import { useCallback, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { adminFetch, adminHref, adminLanguage, day, euro } from "../lib/sdk"

const K = "rbvBrand.fund."

type Fund = {
  balance: number
  share_bps: number
  disbursements: { id: string; amount: number; purpose: string; beneficiary_project: string; occurred_at: string }[]
}

/** The fund's share of orders, what it holds, and the disbursements coordinators record. */
export const FundAdmin = () => {
  const { t } = useTranslation()
  const [fund, setFund] = useState<Fund | null>(null)
  const [share, setShare] = useState("")
  const [form, setForm] = useState({ amount: "", purpose: "", beneficiary_project: "", occurred_at: "" })
  const load = useCallback(() => {
    adminFetch<{ fund: Fund }>("/admin/brand/fund").then((d) => {
      setFund(d.fund)
      setShare((d.fund.share_bps / 100).toLocaleString(adminLanguage()))
    })
  }, [])
  useEffect(load, [load])
  const saveShare = () =>
    attemptAction(
      () => adminFetch("/admin/brand/fund/policy", { method: "POST", body: { share_typed: share } }),
      t(`${K}share_saved`),
      load
    )
  const disburse = () =>
    attemptAction(
      () =>
        adminFetch("/admin/brand/fund/disbursements", {
          method: "POST",
          body: {
            amount_typed: form.amount,
            purpose: form.purpose,
            beneficiary_project: form.beneficiary_project,
            ...(form.occurred_at ? { occurred_at: form.occurred_at } : {}),
          },
        }),
      t(`${K}recorded`),
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
      <Heading level="h2">{t(`${K}balance`, { amount: fund ? euro(fund.balance) : "…" })}</Heading>
      <div className="flex items-end gap-2">
        <div>
          <Label htmlFor="fund-share">{t(`${K}share`)}</Label>
          <Input id="fund-share" value={share} onChange={(e) => setShare(e.target.value)} inputMode="decimal" />
        </div>
        <Button variant="secondary" onClick={saveShare}>
          {t(`${K}save`)}
        </Button>
        <a href={adminHref("/admin/brand/fund/export")} className="text-ui-fg-interactive">
          {t(`${K}export`)}
        </a>
      </div>
      <Heading level="h2">{t(`${K}disburse_title`)}</Heading>
      <div className="grid grid-cols-2 gap-2">
        {field("amount", t(`${K}amount`))}
        {field("occurred_at", t(`${K}date`), "date")}
        {field("purpose", t(`${K}purpose`))}
        {field("beneficiary_project", t(`${K}project`))}
      </div>
      <div>
        <Button onClick={disburse}>{t(`${K}record`)}</Button>
      </div>
      <Text size="small">{t(`${K}never_negative`)}</Text>
      <AdminTable columns={["date", "amount", "project", "purpose"].map((c) => t(`${K}columns.${c}`))} items={fund?.disbursements ?? []}>
        {(d) => (
          <Table.Row key={d.id}>
            <Table.Cell>{day(d.occurred_at)}</Table.Cell>
            <Table.Cell>{euro(d.amount)}</Table.Cell>
            <Table.Cell>{d.beneficiary_project}</Table.Cell>
            <Table.Cell>{d.purpose}</Table.Cell>
          </Table.Row>
        )}
      </AdminTable>
    </div>
  )
}
