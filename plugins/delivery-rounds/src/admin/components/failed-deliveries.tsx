import { Badge, Table, Text } from "@medusajs/ui"
import { AdminTable } from "@rbv/kit/admin-ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { adminFetch, adminLanguage, euro } from "../lib/sdk"

type FailedDelivery = {
  order_id: string
  display_id: number
  resident: string
  phone: string | null
  round: { id: string; name: string | null; starts_at: string; status: string }
  kind: "home" | "pickup"
  note: string | null
  failed_at: string
  payment_mode: "on_delivery" | "online"
  amount_to_collect: number
}

const K = "rbvRounds.page.failed."
const day = (iso: string) => new Intl.DateTimeFormat(adminLanguage(), { timeZone: "Europe/Rome", weekday: "short", day: "numeric", month: "short" }).format(new Date(iso))

/** The residents to call back: orders whose delivery failed and that they do not have yet (each opens its order page). */
export const FailedDeliveries = () => {
  const { t } = useTranslation()
  const [items, setItems] = useState<FailedDelivery[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    adminFetch<{ failed_deliveries: FailedDelivery[] }>("/admin/failed-deliveries").then((d) => setItems(d.failed_deliveries), (e) => setError((e as Error).message))
  }, [])
  if (error) return <Text className="text-ui-fg-error px-6 py-4">{t(`${K}failed_read`, { reason: error })}</Text>
  return (
    <>
      <Text size="small" className="text-ui-fg-subtle px-6 py-3">
        {t(`${K}help`)}
      </Text>
      <AdminTable columns={["order", "resident", "round", "note", "cash"].map((c) => t(`${K}columns.${c}`))} items={items ?? []} empty={items ? t(`${K}empty`) : t(`${K}loading`)}>
        {(f) => (
          <Table.Row key={f.order_id}>
            <Table.Cell>
              <Link className="text-ui-fg-interactive underline" to={`/orders/${f.order_id}`}>
                {t(`${K}order`, { number: f.display_id })}
              </Link>
            </Table.Cell>
            <Table.Cell>
              <div>{f.resident}</div>
              {f.phone ? <a href={`tel:${f.phone.replace(/\s+/g, "")}`}>{f.phone}</a> : null}
            </Table.Cell>
            <Table.Cell>
              <div>{f.round.name ?? t(`${K}round`)}</div>
              <Text size="small" className="text-ui-fg-subtle">
                {t(f.kind === "pickup" ? `${K}missed_pickup` : `${K}missed_door`, { day: day(f.failed_at) })}
              </Text>
            </Table.Cell>
            <Table.Cell>{f.note ? `«${f.note}»` : "—"}</Table.Cell>
            <Table.Cell>
              {f.payment_mode === "on_delivery" ? euro(f.amount_to_collect) : <Badge size="2xsmall" color="green">{t(`${K}paid_online`)}</Badge>}
            </Table.Cell>
          </Table.Row>
        )}
      </AdminTable>
    </>
  )
}
