import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Input, Label, Select, Text, toast, usePrompt } from "@medusajs/ui"
import { ReadStatus, useAdminRead } from "@rbv/kit/admin-ui"
import { useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { adminFetch, adminLanguage, euro } from "../lib/sdk"

type Round = { id: string; name: string | null; starts_at: string; ends_at: string; status: string }
type Delivery = {
  attempt: number
  round: Round
  stop: { kind: "home" | "pickup"; status: "scheduled" | "delivered" | "failed" | "cancelled"; note: string | null; completed_at: string | null; completed_by: string | null }
  payment_mode: "on_delivery" | "online"
  amount_collected: number | null
  amount_to_collect: number
  delivered_at: string | null
  collected_at: string | null
  can_record_hub_collection: boolean
  can_reroute: boolean
  reroute_rounds: Round[]
}

const K = "rbvRounds.delivery."
const STATUS_BADGE = { scheduled: "orange", delivered: "green", failed: "red", cancelled: "grey" } as const
// The district's time, as the rounds' page writes it, wherever the coordinator's browser is.
const when = (at: string) =>
  new Intl.DateTimeFormat(adminLanguage(), { timeZone: "Europe/Rome", weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }).format(new Date(at))
const typed = (cents: number) => (cents / 100).toLocaleString(adminLanguage(), { minimumFractionDigits: 2, useGrouping: false })

const paymentStatus = async (orderId: string) =>
  (await adminFetch<{ order: { payment_status: string } }>(`/admin/orders/${orderId}?fields=payment_status`)).order.payment_status

/** Whether the order's payment status moves away from `before` within ~30 s (false if it does not). */
async function paymentStatusChanged(orderId: string, before: string): Promise<boolean> {
  for (let i = 0; i < 60; i++) {
    await new Promise((resolve) => setTimeout(resolve, 500))
    if ((await paymentStatus(orderId)) !== before) return true
  }
  return false
}

/**
 * How the order's round carried it: the stop's outcome with the volunteer's note. After a failed delivery the
 * resident is told the network gets in touch; when she collects the order at the hub, the coordinator records it
 * here (the cash taken, if she pays on delivery) and the order and its makers' parts are delivered. Or, having
 * agreed another day with her, the coordinator puts the order into a later round, where it rides from the hub.
 */
const OrderDeliveryWidget = ({ data }: DetailWidgetProps<AdminOrder>) => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const queryClient = useQueryClient()
  const [again, setAgain] = useState(0)
  const read = useAdminRead<{ delivery: Delivery | null }>(adminFetch, `/admin/orders/${data.id}/delivery`, again)
  const [amount, setAmount] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const [target, setTarget] = useState("")
  if (read.state === "loaded" && !read.data.delivery) return null
  const d = read.state === "loaded" ? read.data.delivery : null
  const cash = d?.payment_mode === "on_delivery"
  const typedAmount = amount ?? (d ? typed(d.amount_to_collect) : "")
  const collect = async () => {
    if (!d) return
    const confirmed = await prompt({
      title: t(`${K}collect_confirm_title`),
      description: cash ? t(`${K}collect_confirm_cash`, { amount: typedAmount }) : t(`${K}collect_confirm_online`),
      confirmText: t(`${K}collect`),
      cancelText: t(`${K}keep`),
    })
    if (!confirmed) return
    setSending(true)
    try {
      const before = cash ? await paymentStatus(data.id) : null
      await adminFetch(`/admin/orders/${data.id}/delivery/hub-collection`, { method: "POST", body: { amount_typed: cash ? typedAmount : "0" } })
      toast.success(t(`${K}collected_toast`))
      setAmount(null)
      setAgain((n) => n + 1)
      // Medusa's own cards on the page (header, fulfillment, payment) read the order through its query cache
      // (ordersQueryKeys.all is ["orders"]): without this they say «Non adempiuto» until a reload.
      await queryClient.invalidateQueries({ queryKey: ["orders"] })
      // The cash is captured by the payments side once the collection is announced (an event, a moment later):
      // until then «Importo in sospeso» still shows what was owed, so the cards read again once it is captured.
      if (before !== null && (await paymentStatusChanged(data.id, before).catch(() => false))) await queryClient.invalidateQueries({ queryKey: ["orders"] })
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setSending(false)
    }
  }
  const reroute = async () => {
    const round = d?.reroute_rounds.find((r) => r.id === target)
    if (!round) return
    const confirmed = await prompt({
      title: t(`${K}reroute_confirm_title`),
      description: t(`${K}reroute_confirm`, { name: round.name ?? t(`${K}the_round`), when: when(round.starts_at) }),
      confirmText: t(`${K}reroute`),
      cancelText: t(`${K}keep`),
    })
    if (!confirmed) return
    setSending(true)
    try {
      await adminFetch(`/admin/orders/${data.id}/delivery/reroute`, { method: "POST", body: { round_id: round.id } })
      toast.success(t(`${K}rerouted_toast`, { name: round.name ?? t(`${K}the_round`) }))
      setTarget("")
      setAgain((n) => n + 1)
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setSending(false)
    }
  }
  return (
    <Container className="flex flex-col gap-y-2 px-6 py-4">
      <Heading level="h2">{t(`${K}title`)}</Heading>
      <ReadStatus read={read} failed={(reason) => t(`${K}failed_read`, { reason })} />
      {d && (
        <>
          <Text size="small">
            {t(`${K}round`, { name: d.round.name ?? t(`${K}the_round`), when: when(d.round.starts_at) })}
          </Text>
          {d.attempt > 1 && (
            <Text size="small" className="text-ui-fg-subtle">
              {t(`${K}again`)}
            </Text>
          )}
          <div className="flex flex-wrap items-center gap-2">
            <Badge size="2xsmall" color={STATUS_BADGE[d.stop.status]}>
              {t(`${K}status.${d.stop.status}`)}
            </Badge>
            {d.stop.completed_at && (
              <Text size="small" className="text-ui-fg-subtle">
                {d.stop.completed_by ? t(`${K}by`, { when: when(d.stop.completed_at), who: d.stop.completed_by }) : when(d.stop.completed_at)}
              </Text>
            )}
          </div>
          {d.stop.note && <Text size="small">{t(`${K}note`, { note: d.stop.note })}</Text>}
          {d.collected_at && (
            <Text size="small" weight="plus">
              {t(`${K}collected_at_hub`, { when: when(d.collected_at) })}
            </Text>
          )}
          {d.amount_collected !== null && <Text size="small">{t(`${K}cash_taken`, { amount: euro(d.amount_collected) })}</Text>}
          {d.can_record_hub_collection && (
            <div className="flex flex-col gap-y-2 border-t border-ui-border-base pt-2">
              <Text size="small" className="text-ui-fg-subtle">
                {t(`${K}collect_help`)}
              </Text>
              {cash && (
                <div className="flex flex-col gap-y-1">
                  <Label size="small" htmlFor="hub-cash">
                    {t(`${K}cash_label`)}
                  </Label>
                  <Input id="hub-cash" size="small" inputMode="decimal" value={typedAmount} onChange={(e) => setAmount(e.target.value)} />
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {t(`${K}cash_hint`, { amount: euro(d.amount_to_collect) })}
                  </Text>
                </div>
              )}
              <Button size="small" variant="secondary" isLoading={sending} onClick={collect}>
                {t(`${K}collect`)}
              </Button>
            </div>
          )}
          {d.can_record_hub_collection && (
            <div className="flex flex-col gap-y-2 border-t border-ui-border-base pt-2">
              <Text size="small" className="text-ui-fg-subtle">
                {d.can_reroute ? t(`${K}reroute_help`) : t(`${K}reroute_none`)}
              </Text>
              {d.can_reroute && (
                <>
                  <Label size="small" htmlFor="reroute-round">
                    {t(`${K}reroute_label`)}
                  </Label>
                  <Select value={target} onValueChange={setTarget}>
                    <Select.Trigger id="reroute-round">
                      <Select.Value placeholder={t(`${K}reroute_placeholder`)} />
                    </Select.Trigger>
                    <Select.Content>
                      {d.reroute_rounds.map((r) => (
                        <Select.Item key={r.id} value={r.id}>
                          {t(`${K}round`, { name: r.name ?? t(`${K}the_round`), when: when(r.starts_at) })}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                  <Button size="small" variant="secondary" isLoading={sending} disabled={!target} onClick={reroute}>
                    {t(`${K}reroute`)}
                  </Button>
                </>
              )}
            </div>
          )}
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderDeliveryWidget
