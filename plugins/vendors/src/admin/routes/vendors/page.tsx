import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Button, Container, Input, Label, Table, toast } from "@medusajs/ui"
import { AdminHeader, AdminTable, FilterTabs } from "@rbv/kit/admin-ui"
import { useCallback, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { adminFetch, percent } from "../../lib/sdk"
import { STATUS_BADGE, type VendorStatus } from "../../lib/vendor-status"

type Vendor = {
  id: string
  name: string
  handle: string
  craft: string
  email: string
  status: VendorStatus
  status_reason: string | null
  commission_rate_bps: number | null
  product_count: number
  created_at: string
}

const STATUSES = ["pending", "approved", "suspended", "rejected"] as const
// Copy in the admin's language (i18n/json): the tabs name groups (rbvVendors.page.tabs), a row's
// badge names one shop's state (…row), on one line.
const ACTIONS: Record<Vendor["status"], { action: "approve" | "reject" | "suspend" | "reactivate"; needsReason?: boolean }[]> = {
  pending: [{ action: "approve" }, { action: "reject", needsReason: true }],
  approved: [{ action: "suspend", needsReason: true }],
  suspended: [{ action: "reactivate" }],
  rejected: [{ action: "approve" }],
}

const CommissionPolicy = () => {
  const { t } = useTranslation()
  const [rate, setRate] = useState("")
  useEffect(() => {
    adminFetch<{ commission_policy: { default_rate_bps: number } }>("/admin/commission-policy").then((d) =>
      setRate(percent(d.commission_policy.default_rate_bps))
    )
  }, [])
  const save = async () => {
    try {
      await adminFetch("/admin/commission-policy", { method: "POST", body: { default_rate_typed: rate } })
      toast.success(t("rbvVendors.page.policy_saved"))
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  return (
    <div className="flex items-end gap-2 px-6 py-4">
      <div>
        <Label htmlFor="default-rate">{t("rbvVendors.page.policy_label")}</Label>
        <Input id="default-rate" value={rate} onChange={(e) => setRate(e.target.value)} inputMode="decimal" />
      </div>
      <Button variant="secondary" onClick={save}>
        {t("rbvVendors.page.save")}
      </Button>
    </div>
  )
}

const VendorsPage = () => {
  const { t } = useTranslation()
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
    const reason = needsReason ? window.prompt(t("rbvVendors.page.reason_prompt", { name: vendor.name })) : undefined
    if (needsReason && !reason) return
    try {
      await adminFetch(`/admin/vendors/${vendor.id}/${action}`, { method: "POST", body: reason ? { reason } : {} })
      toast.success(t("rbvVendors.page.done", { name: vendor.name }))
      await load()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  const setOverride = async (vendor: Vendor) => {
    const value = window.prompt(t("rbvVendors.page.rate_prompt"), percent(vendor.commission_rate_bps))
    if (value === null) return
    try {
      // An empty answer clears the shop's own rate (the network's applies).
      await adminFetch(`/admin/vendors/${vendor.id}`, { method: "POST", body: { commission_rate_typed: value } })
      await load()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }

  return (
    <Container className="divide-y p-0">
      <AdminHeader title={t("rbvVendors.page.title")} intro={t("rbvVendors.page.intro")} />
      <CommissionPolicy />
      <FilterTabs value={status} onChange={setStatus} tabs={STATUSES.map((s) => ({ value: s, label: t(`rbvVendors.page.tabs.${s}`) }))} />
      <AdminTable
        columns={[...["shop", "craft", "email", "products", "rate", "status"].map((c) => t(`rbvVendors.page.columns.${c}`)), ""]}
        items={vendors}
        empty={t(`rbvVendors.page.empty.${status}`)}
      >
        {(v) => (
          <Table.Row key={v.id}>
            <Table.Cell>{v.name}</Table.Cell>
            <Table.Cell>{v.craft}</Table.Cell>
            <Table.Cell>{v.email}</Table.Cell>
            <Table.Cell>{v.product_count}</Table.Cell>
            <Table.Cell>
              <Button size="small" variant="transparent" onClick={() => setOverride(v)}>
                {v.commission_rate_bps === null ? t("rbvVendors.page.rate_default") : `${percent(v.commission_rate_bps)}%`}
              </Button>
            </Table.Cell>
            <Table.Cell>
              <Badge color={STATUS_BADGE[v.status]} title={v.status_reason ?? undefined} className="whitespace-nowrap">
                {t(`rbvVendors.page.row.${v.status}`)}
              </Badge>
            </Table.Cell>
            <Table.Cell>
              <div className="flex gap-2">
                {ACTIONS[v.status].map((a) => (
                  <Button key={a.action} size="small" variant="secondary" onClick={() => act(v, a.action, a.needsReason)}>
                    {t(`rbvVendors.page.actions.${a.action}`)}
                  </Button>
                ))}
              </div>
            </Table.Cell>
          </Table.Row>
        )}
      </AdminTable>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "rbvVendors.menu", translationNs: "translation", icon: BuildingStorefront })

export default VendorsPage
