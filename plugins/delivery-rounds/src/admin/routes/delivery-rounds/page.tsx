import { defineRouteConfig } from "@medusajs/admin-sdk"
import { TruckFast } from "@medusajs/icons"
import { Badge, Button, Container, Input, Label, Select, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { AdminHeader, AdminTable, SectionTabs } from "@rbv/kit/admin-ui"
import { useCallback, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { FailedDeliveries } from "../../components/failed-deliveries"
import { PlacesAdmin } from "../../components/places-admin"
import { RoundReport } from "../../components/round-report"
import { adminFetch, adminLanguage, euro } from "../../lib/sdk"

type Round = {
  id: string
  name: string | null
  starts_at: string
  ends_at: string
  cutoff_at: string
  status: "open" | "closed" | "planned" | "in_progress" | "completed" | "cancelled"
  max_drops: number
  drops_taken: number
  drops_left: number
  delivery_fee: number
  volunteer_ids: string[] | null
  allowed_transitions: Round["status"][]
}
type Volunteer = { id: string; name: string; email: string; phone: string | null; role: "rider" | "planner"; has_login: boolean; active: boolean }

// What happens next, not only the state: "closed" means the volunteers can now plan it.
// (words: rbvRounds.page.status.* in i18n/json)
const STATUS_COLOR = { open: "green", closed: "orange", planned: "blue", in_progress: "purple", completed: "grey", cancelled: "red" } as const
// The label of each move (rbvRounds.page.moves.*); which moves a round offers comes from the API (allowed_transitions).

const K = "rbvRounds.page."
const when = (iso: string) =>
  new Intl.DateTimeFormat(adminLanguage(), { timeZone: "Europe/Rome", weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }).format(new Date(iso))

const RoundsTable = ({ volunteers }: { volunteers: Volunteer[] }) => {
  const { t } = useTranslation()
  const [rounds, setRounds] = useState<Round[]>([])
  const [reportOf, setReportOf] = useState<Round | null>(null)
  const prompt = usePrompt()
  const load = useCallback(() => adminFetch<{ delivery_rounds: Round[] }>("/admin/delivery-rounds?limit=50").then((d) => setRounds(d.delivery_rounds)), [])
  useEffect(() => {
    load()
  }, [load])
  const act = async (round: Round, body: Record<string, unknown>, path = "") => {
    // Cancelling cannot be undone and tells every resident of the round: ask first.
    if (body.status === "cancelled") {
      const confirmed = await prompt({
        title: t(`${K}cancel.title`, { name: round.name ?? t(`${K}cancel.the_round`), when: when(round.starts_at) }),
        description: round.drops_taken > 0 ? t(`${K}cancel.booked`, { count: round.drops_taken }) : t(`${K}cancel.none`),
        confirmText: t(`${K}cancel.confirm`),
        cancelText: t(`${K}cancel.keep`),
      })
      if (!confirmed) return
    }
    try {
      await adminFetch(`/admin/delivery-rounds/${round.id}${path}`, { method: "POST", body })
      toast.success(t(`${K}updated`))
      load()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  return (
    <>
    <AdminTable columns={[...["round", "cutoff", "status", "places", "volunteer"].map((c) => t(`${K}columns.${c}`)), ""]} items={rounds} empty={t(`${K}empty`)}>
      {(r) => {
        const fill = Math.round((100 * r.drops_taken) / Math.max(1, r.max_drops))
        return (
          <Table.Row key={r.id}>
            <Table.Cell>
              <Text weight="plus">{r.name ?? t(`${K}round`)}</Text>
              <Text size="small">
                {when(r.starts_at)} – {when(r.ends_at).split(" ").pop()} · {euro(r.delivery_fee)}
              </Text>
            </Table.Cell>
            <Table.Cell>{when(r.cutoff_at)}</Table.Cell>
            <Table.Cell>
              <Badge color={STATUS_COLOR[r.status]}>{t(`${K}status.${r.status}`)}</Badge>
            </Table.Cell>
            <Table.Cell>
              <div aria-label={t(`${K}taken`, { count: r.drops_taken, max: r.max_drops })} title={`${fill}%`} className="w-28">
                <Text size="small">
                  {r.drops_taken} / {r.max_drops}
                </Text>
                <div className="bg-ui-bg-subtle h-2 w-full rounded">
                  <div className="bg-ui-fg-interactive h-2 rounded" style={{ width: `${fill}%` }} />
                </div>
              </div>
            </Table.Cell>
            <Table.Cell>
              <Select value={r.volunteer_ids?.[0] ?? ""} onValueChange={(id) => act(r, { volunteer_ids: id ? [id] : [] })}>
                <Select.Trigger>
                  <Select.Value placeholder={t(`${K}nobody`)} />
                </Select.Trigger>
                <Select.Content>
                  {volunteers.map((v) => (
                    <Select.Item key={v.id} value={v.id}>
                      {v.name}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </Table.Cell>
            <Table.Cell>
              <div className="flex gap-2">
                {r.status === "open" ? null : (
                  <Button size="small" variant="transparent" onClick={() => setReportOf(r)}>
                    {t(`${K}report`)}
                  </Button>
                )}
                {r.allowed_transitions.map((to) => (
                  <Button key={to} size="small" variant={to === "cancelled" ? "danger" : "secondary"} onClick={() => act(r, { status: to }, "/status")}>
                    {t(`${K}moves.${to}`)}
                  </Button>
                ))}
              </div>
            </Table.Cell>
          </Table.Row>
        )
      }}
    </AdminTable>
    {reportOf ? <RoundReport roundId={reportOf.id} title={t(`${K}round_of`, { name: reportOf.name ?? t(`${K}round`), when: when(reportOf.starts_at) })} onClose={() => setReportOf(null)} /> : null}
    </>
  )
}

const Volunteers = ({ volunteers, reload }: { volunteers: Volunteer[]; reload: () => void }) => {
  const { t } = useTranslation()
  const [form, setForm] = useState({ name: "", email: "", role: "rider" })
  const [invite, setInvite] = useState<string | null>(null)
  const submit = async () => {
    try {
      const { invite_url } = await adminFetch<{ invite_url: string }>("/admin/volunteers", { method: "POST", body: form })
      setInvite(invite_url)
      setForm({ name: "", email: "", role: "rider" })
      reload()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  // Deactivating ends the volunteer's access at once (the API checks it on every request).
  const setActive = async (v: Volunteer, active: boolean) => {
    try {
      await adminFetch(`/admin/volunteers/${v.id}`, { method: "POST", body: { active } })
      toast.success(t(`${K}volunteers.${active ? "back" : "gone"}`, { name: v.name }))
      reload()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  return (
    <div className="flex flex-col gap-4 px-6 py-4">
      <AdminTable columns={[...["name", "email", "role", "access"].map((c) => t(`${K}volunteers.${c}`)), ""]} items={volunteers}>
        {(v) => (
          <Table.Row key={v.id}>
            <Table.Cell>{v.name}</Table.Cell>
            <Table.Cell>{v.email}</Table.Cell>
            <Table.Cell>{t(`${K}volunteers.${v.role}`)}</Table.Cell>
            <Table.Cell>
              {!v.active ? (
                <Badge color="grey">{t(`${K}volunteers.inactive`)}</Badge>
              ) : v.has_login ? (
                <Badge color="green">{t(`${K}volunteers.active`)}</Badge>
              ) : (
                <Badge color="orange">{t(`${K}volunteers.invited`)}</Badge>
              )}
            </Table.Cell>
            <Table.Cell>
              <Button size="small" variant={v.active ? "danger" : "secondary"} onClick={() => setActive(v, !v.active)}>
                {t(`${K}volunteers.${v.active ? "deactivate" : "reactivate"}`, { name: v.name })}
              </Button>
            </Table.Cell>
          </Table.Row>
        )}
      </AdminTable>
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <Label htmlFor="vol-name">{t(`${K}volunteers.name`)}</Label>
          <Input id="vol-name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </div>
        <div>
          <Label htmlFor="vol-email">{t(`${K}volunteers.email`)}</Label>
          <Input id="vol-email" type="email" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />
        </div>
        <div>
          <Label htmlFor="vol-role">{t(`${K}volunteers.role`)}</Label>
          <Select value={form.role} onValueChange={(role) => setForm({ ...form, role })}>
            <Select.Trigger id="vol-role">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="rider">{t(`${K}volunteers.rider`)}</Select.Item>
              <Select.Item value="planner">{t(`${K}volunteers.planner`)}</Select.Item>
            </Select.Content>
          </Select>
        </div>
        <Button onClick={submit}>{t(`${K}volunteers.invite`)}</Button>
      </div>
      {invite ? <Text>{t(`${K}volunteers.invited_text`, { url: invite })}</Text> : null}
    </div>
  )
}

const DeliveryRoundsPage = () => {
  const { t } = useTranslation()
  const [volunteers, setVolunteers] = useState<Volunteer[]>([])
  const loadVolunteers = useCallback(() => adminFetch<{ volunteers: Volunteer[] }>("/admin/volunteers").then((d) => setVolunteers(d.volunteers)), [])
  useEffect(() => {
    loadVolunteers()
  }, [loadVolunteers])
  return (
    <Container className="divide-y p-0">
      <AdminHeader title={t(`${K}title`)} intro={t(`${K}intro`)} />
      <SectionTabs
        sections={[
          { value: "rounds", label: t(`${K}tabs.rounds`), content: <RoundsTable volunteers={volunteers} /> },
          { value: "failed", label: t(`${K}tabs.failed`), content: <FailedDeliveries /> },
          { value: "volunteers", label: t(`${K}tabs.volunteers`), content: <Volunteers volunteers={volunteers} reload={loadVolunteers} /> },
          { value: "places", label: t(`${K}tabs.places`), content: <PlacesAdmin /> },
        ]}
      />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "rbvRounds.menu", translationNs: "translation", icon: TruckFast })

export default DeliveryRoundsPage
