import { defineRouteConfig } from "@medusajs/admin-sdk"
import { TruckFast } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Select, Table, Tabs, Text, toast, usePrompt } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { PlacesAdmin } from "../../components/places-admin"
import { RoundReport } from "../../components/round-report"
import { adminFetch } from "../../lib/admin-fetch"

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
const STATUS = {
  open: ["Aperto agli ordini", "green"],
  closed: ["Chiuso agli ordini — pronto da pianificare", "orange"],
  planned: ["Pianificato — pronto a partire", "blue"],
  in_progress: ["In consegna", "purple"],
  completed: ["Completato", "grey"],
  cancelled: ["Annullato", "red"],
} as const
// The label of each move; which moves a round offers comes from the API (allowed_transitions).
const MOVE_LABEL: Record<Round["status"], string> = {
  open: "Riapri",
  closed: "Chiudi gli ordini",
  planned: "Segna come pianificato",
  in_progress: "Avvia la consegna",
  completed: "Segna come concluso",
  cancelled: "Annulla",
}

const when = (iso: string) =>
  new Intl.DateTimeFormat("it-IT", { timeZone: "Europe/Rome", weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }).format(new Date(iso))
const euro = (cents: number) => (cents / 100).toLocaleString("it-IT", { style: "currency", currency: "EUR" })

const RoundsTable = ({ volunteers }: { volunteers: Volunteer[] }) => {
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
        title: `Annullare ${round.name ?? "il giro"} di ${when(round.starts_at)}?`,
        description:
          round.drops_taken > 0
            ? `${round.drops_taken === 1 ? "1 consegna prenotata" : `${round.drops_taken} consegne prenotate`} su questo giro: i residenti restano senza consegna. Non si può tornare indietro.`
            : "Nessuna consegna prenotata su questo giro. Non si può tornare indietro.",
        confirmText: "Sì, annulla il giro",
        cancelText: "No, tienilo",
      })
      if (!confirmed) return
    }
    try {
      await adminFetch(`/admin/delivery-rounds/${round.id}${path}`, { method: "POST", body })
      toast.success("Giro aggiornato")
      load()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  return (
    <>
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Giro</Table.HeaderCell>
          <Table.HeaderCell>Ordini entro</Table.HeaderCell>
          <Table.HeaderCell>Stato</Table.HeaderCell>
          <Table.HeaderCell>Posti</Table.HeaderCell>
          <Table.HeaderCell>Volontario</Table.HeaderCell>
          <Table.HeaderCell></Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rounds.length ? null : (
          <Table.Row>
            <td colSpan={6} className="px-6">
              <Text size="small" className="text-ui-fg-subtle py-2">
                Nessun giro in calendario: crea i giri settimanali nella scheda «Zone, punti di ritiro e giri settimanali» e genera le prossime settimane.
              </Text>
            </td>
          </Table.Row>
        )}
        {rounds.map((r) => {
          const fill = Math.round((100 * r.drops_taken) / Math.max(1, r.max_drops))
          return (
            <Table.Row key={r.id}>
              <Table.Cell>
                <Text weight="plus">{r.name ?? "Giro"}</Text>
                <Text size="small">
                  {when(r.starts_at)} – {when(r.ends_at).split(" ").pop()} · {euro(r.delivery_fee)}
                </Text>
              </Table.Cell>
              <Table.Cell>{when(r.cutoff_at)}</Table.Cell>
              <Table.Cell>
                <Badge color={STATUS[r.status][1]}>{STATUS[r.status][0]}</Badge>
              </Table.Cell>
              <Table.Cell>
                <div aria-label={`${r.drops_taken} di ${r.max_drops} ${r.max_drops === 1 ? "consegna presa" : "consegne prese"}`} title={`${fill}%`} className="w-28">
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
                    <Select.Value placeholder="Nessuno" />
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
                      Resoconto
                    </Button>
                  )}
                  {r.allowed_transitions.map((to) => (
                    <Button key={to} size="small" variant={to === "cancelled" ? "danger" : "secondary"} onClick={() => act(r, { status: to }, "/status")}>
                      {MOVE_LABEL[to]}
                    </Button>
                  ))}
                </div>
              </Table.Cell>
            </Table.Row>
          )
        })}
      </Table.Body>
    </Table>
    {reportOf ? <RoundReport roundId={reportOf.id} title={`${reportOf.name ?? "Giro"} di ${when(reportOf.starts_at)}`} onClose={() => setReportOf(null)} /> : null}
    </>
  )
}

const Volunteers = ({ volunteers, reload }: { volunteers: Volunteer[]; reload: () => void }) => {
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
      toast.success(active ? `${v.name} è di nuovo attivo` : `${v.name} non ha più accesso`)
      reload()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  return (
    <div className="flex flex-col gap-4 px-6 py-4">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Nome</Table.HeaderCell>
            <Table.HeaderCell>E-mail</Table.HeaderCell>
            <Table.HeaderCell>Ruolo</Table.HeaderCell>
            <Table.HeaderCell>Accesso</Table.HeaderCell>
            <Table.HeaderCell></Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {volunteers.map((v) => (
            <Table.Row key={v.id}>
              <Table.Cell>{v.name}</Table.Cell>
              <Table.Cell>{v.email}</Table.Cell>
              <Table.Cell>{v.role === "planner" ? "Pianifica tutti i giri" : "Fa i giri assegnati"}</Table.Cell>
              <Table.Cell>
                {!v.active ? <Badge color="grey">Disattivato</Badge> : v.has_login ? <Badge color="green">Attivo</Badge> : <Badge color="orange">Invito inviato</Badge>}
              </Table.Cell>
              <Table.Cell>
                <Button size="small" variant={v.active ? "danger" : "secondary"} onClick={() => setActive(v, !v.active)}>
                  {v.active ? `Disattiva ${v.name}` : `Riattiva ${v.name}`}
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <Label htmlFor="vol-name">Nome</Label>
          <Input id="vol-name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </div>
        <div>
          <Label htmlFor="vol-email">E-mail</Label>
          <Input id="vol-email" type="email" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />
        </div>
        <div>
          <Label htmlFor="vol-role">Ruolo</Label>
          <Select value={form.role} onValueChange={(role) => setForm({ ...form, role })}>
            <Select.Trigger id="vol-role">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="rider">Fa i giri assegnati</Select.Item>
              <Select.Item value="planner">Pianifica tutti i giri</Select.Item>
            </Select.Content>
          </Select>
        </div>
        <Button onClick={submit}>Invita volontario</Button>
      </div>
      {invite ? <Text>Invito creato e inviato per email (vale 14 giorni). Il collegamento, se serve mandarlo a mano: {invite}</Text> : null}
    </div>
  )
}

const DeliveryRoundsPage = () => {
  const [volunteers, setVolunteers] = useState<Volunteer[]>([])
  const loadVolunteers = useCallback(() => adminFetch<{ volunteers: Volunteer[] }>("/admin/volunteers").then((d) => setVolunteers(d.volunteers)), [])
  useEffect(() => {
    loadVolunteers()
  }, [loadVolunteers])
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Giri di consegna</Heading>
        <Text size="small">Un giro in bici cargo per tutta la via: posti occupati, chiusura degli ordini e volontari.</Text>
      </div>
      <Tabs defaultValue="rounds">
        <Tabs.List className="px-6">
          <Tabs.Trigger value="rounds">Giri</Tabs.Trigger>
          <Tabs.Trigger value="volunteers">Volontari</Tabs.Trigger>
          <Tabs.Trigger value="places">Zone, punti di ritiro e giri settimanali</Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="rounds">
          <RoundsTable volunteers={volunteers} />
        </Tabs.Content>
        <Tabs.Content value="volunteers">
          <Volunteers volunteers={volunteers} reload={loadVolunteers} />
        </Tabs.Content>
        <Tabs.Content value="places">
          <PlacesAdmin />
        </Tabs.Content>
      </Tabs>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "rbvRounds.menu", translationNs: "translation", icon: TruckFast })

export default DeliveryRoundsPage
