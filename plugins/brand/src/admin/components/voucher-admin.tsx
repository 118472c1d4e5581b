import { Badge, Button, Input, Label, Table, Text } from "@medusajs/ui"
import { AdminTable, attemptAction } from "@rbv/kit/admin-ui"
import { useCallback, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { adminFetch, day, euro } from "../lib/sdk"

type Voucher = { id: string; code: string; amount: number; status: "available" | "assigned" | "redeemed"; beneficiary: string | null; assigned_at: string | null; redeemed_at: string | null; redeemed_at_point: string | null }

const K = "rbvBrand.vouchers."

/** Spesa sospesa: only here, for coordinators, is it written who received a basket. */
export const VoucherAdmin = () => {
  const { t } = useTranslation()
  const [vouchers, setVouchers] = useState<Voucher[]>([])
  const [code, setCode] = useState("")
  const [point, setPoint] = useState("Casa Comune")
  const load = useCallback(() => {
    adminFetch<{ vouchers: Voucher[] }>("/admin/brand/vouchers").then((d) => setVouchers(d.vouchers))
  }, [])
  useEffect(load, [load])
  const assign = (v: Voucher) => {
    const beneficiary = window.prompt(t(`${K}assign_prompt`))
    if (!beneficiary) return
    return attemptAction(() => adminFetch(`/admin/brand/vouchers/${v.id}/assign`, { method: "POST", body: { beneficiary } }), t(`${K}assigned`, { code: v.code }), load)
  }
  const redeem = () =>
    attemptAction(() => adminFetch("/admin/brand/vouchers/redeem", { method: "POST", body: { code, pickup_point: point } }), t(`${K}redeemed`), () => {
      setCode("")
      load()
    })
  return (
    <div className="px-6 py-4">
      <Text size="small">{t(`${K}how`)}</Text>
      <div className="flex items-end gap-2 py-2">
        <div>
          <Label htmlFor="voucher-code">{t(`${K}code`)}</Label>
          <Input id="voucher-code" value={code} onChange={(e) => setCode(e.target.value)} />
        </div>
        <div>
          <Label htmlFor="voucher-point">{t(`${K}point`)}</Label>
          <Input id="voucher-point" value={point} onChange={(e) => setPoint(e.target.value)} />
        </div>
        <Button variant="secondary" onClick={redeem}>
          {t(`${K}redeem`)}
        </Button>
      </div>
      <AdminTable columns={[...["code", "value", "status", "beneficiary", "pickup"].map((c) => t(`${K}columns.${c}`)), ""]} items={vouchers}>
        {(v) => (
          <Table.Row key={v.id}>
            <Table.Cell>{v.code}</Table.Cell>
            <Table.Cell>{euro(v.amount)}</Table.Cell>
            <Table.Cell>
              <Badge>{t(`${K}status.${v.status}`)}</Badge>
            </Table.Cell>
            <Table.Cell>{v.beneficiary ?? "—"}</Table.Cell>
            <Table.Cell>{v.redeemed_at ? `${day(v.redeemed_at)}, ${v.redeemed_at_point}` : "—"}</Table.Cell>
            <Table.Cell>
              {v.status === "available" ? (
                <Button size="small" variant="secondary" onClick={() => assign(v)}>
                  {t(`${K}assign`)}
                </Button>
              ) : null}
            </Table.Cell>
          </Table.Row>
        )}
      </AdminTable>
    </div>
  )
}
