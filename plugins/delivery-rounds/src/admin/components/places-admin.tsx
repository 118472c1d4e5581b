import { Badge, Button, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminFetch } from "../lib/admin-fetch"

type Zone = { id: string; name: string; postal_codes: string[] }
type PickupPoint = { id: string; name: string; address_1: string; postal_code: string; is_hub: boolean }
type Template = { id: string; name: string; weekday: number; start_time: string; end_time: string; max_drops: number }

const WEEKDAYS = ["", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]

const notify = async (call: () => Promise<unknown>, done: string, reload: () => void) => {
  try {
    await call()
    toast.success(done)
    reload()
  } catch (e) {
    toast.error((e as Error).message)
  }
}

/** Zones (by CAP), pickup points and weekly templates: what rounds are made of. */
export const PlacesAdmin = () => {
  const [zones, setZones] = useState<Zone[]>([])
  const [points, setPoints] = useState<PickupPoint[]>([])
  const [templates, setTemplates] = useState<Template[]>([])
  const [zone, setZone] = useState({ name: "", caps: "" })
  const [point, setPoint] = useState({ name: "", address_1: "", postal_code: "", lat: "", lng: "" })
  const load = useCallback(() => {
    adminFetch<{ delivery_zones: Zone[] }>("/admin/delivery-zones").then((d) => setZones(d.delivery_zones))
    adminFetch<{ pickup_points: PickupPoint[] }>("/admin/pickup-points").then((d) => setPoints(d.pickup_points))
    adminFetch<{ round_templates: Template[] }>("/admin/round-templates").then((d) => setTemplates(d.round_templates))
  }, [])
  useEffect(() => {
    load()
  }, [load])

  const addZone = () =>
    notify(
      () => adminFetch("/admin/delivery-zones", { method: "POST", body: { name: zone.name, postal_codes: zone.caps.split(/[\s,]+/).filter(Boolean) } }),
      "Zona creata",
      () => (setZone({ name: "", caps: "" }), load())
    )
  const addPoint = () =>
    notify(
      () =>
        adminFetch("/admin/pickup-points", {
          method: "POST",
          body: { ...point, lat: Number(point.lat.replace(",", ".")), lng: Number(point.lng.replace(",", ".")) },
        }),
      "Punto di ritiro creato",
      () => (setPoint({ name: "", address_1: "", postal_code: "", lat: "", lng: "" }), load())
    )
  const generate = (t: Template) =>
    notify(() => adminFetch(`/admin/round-templates/${t.id}/generate`, { method: "POST", body: { weeks: 4 } }), "Giri delle prossime 4 settimane pronti", load)

  const field = (id: string, label: string, value: string, set: (v: string) => void) => (
    <div>
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} value={value} onChange={(e) => set(e.target.value)} />
    </div>
  )
  return (
    <div className="flex flex-col gap-6 px-6 py-4">
      <section className="flex flex-col gap-2">
        <Text weight="plus">Zone servite dai giri</Text>
        <Table>
          <Table.Body>
            {zones.map((z) => (
              <Table.Row key={z.id}>
                <Table.Cell>{z.name}</Table.Cell>
                <Table.Cell>CAP {z.postal_codes.join(", ")}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <div className="flex flex-wrap items-end gap-2">
          {field("zone-name", "Nome", zone.name, (name) => setZone({ ...zone, name }))}
          {field("zone-caps", "CAP (separati da virgola)", zone.caps, (caps) => setZone({ ...zone, caps }))}
          <Button variant="secondary" onClick={addZone}>Aggiungi zona</Button>
        </div>
      </section>
      <section className="flex flex-col gap-2">
        <Text weight="plus">Punti di ritiro</Text>
        <Table>
          <Table.Body>
            {points.map((p) => (
              <Table.Row key={p.id}>
                <Table.Cell>
                  {p.name} {p.is_hub ? <Badge color="blue">Hub</Badge> : null}
                </Table.Cell>
                <Table.Cell>
                  {p.address_1}, {p.postal_code}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <div className="flex flex-wrap items-end gap-2">
          {field("point-name", "Nome", point.name, (name) => setPoint({ ...point, name }))}
          {field("point-address", "Indirizzo", point.address_1, (address_1) => setPoint({ ...point, address_1 }))}
          {field("point-cap", "CAP", point.postal_code, (postal_code) => setPoint({ ...point, postal_code }))}
          {field("point-lat", "Latitudine", point.lat, (lat) => setPoint({ ...point, lat }))}
          {field("point-lng", "Longitudine", point.lng, (lng) => setPoint({ ...point, lng }))}
          <Button variant="secondary" onClick={addPoint}>Aggiungi punto</Button>
        </div>
      </section>
      <section className="flex flex-col gap-2">
        <Text weight="plus">Giri settimanali</Text>
        <Table>
          <Table.Body>
            {templates.map((t) => (
              <Table.Row key={t.id}>
                <Table.Cell>{t.name}</Table.Cell>
                <Table.Cell>
                  ogni {WEEKDAYS[t.weekday]} {t.start_time}–{t.end_time} · {t.max_drops === 1 ? "1 consegna" : `${t.max_drops} consegne`}
                </Table.Cell>
                <Table.Cell>
                  <Button size="small" variant="secondary" onClick={() => generate(t)}>
                    Crea i giri delle prossime 4 settimane
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </section>
    </div>
  )
}
