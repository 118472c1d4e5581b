import { Badge, Button, Input, Label, Table, Text } from "@medusajs/ui"
import { AdminTable, attemptAction } from "@rbv/kit/admin-ui"
import { useCallback, useEffect, useState, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { adminFetch, adminLanguage } from "../lib/sdk"

type Zone = { id: string; name: string; postal_codes: string[] }
type PickupPoint = { id: string; name: string; address_1: string; postal_code: string; is_hub: boolean }
type Template = { id: string; name: string; weekday: number; start_time: string; end_time: string; max_drops: number }

const K = "rbvRounds.places."
// ISO weekday (1 = Monday) in the admin's language: 2024-01-01 was a Monday.
const weekday = (n: number) => new Intl.DateTimeFormat(adminLanguage(), { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, n)))

/** One kind of place: its list, and (zones, points) the row of fields that adds one. */
function PlaceSection<Item>({ title, items, row, add }: { title: string; items: Item[]; row: (item: Item) => ReactNode; add?: { fields: ReactNode; label: string; onClick: () => void } }) {
  return (
    <section className="flex flex-col gap-2">
      <Text weight="plus">{title}</Text>
      <AdminTable columns={[]} items={items}>
        {row}
      </AdminTable>
      {add ? (
        <div className="flex flex-wrap items-end gap-2">
          {add.fields}
          <Button variant="secondary" onClick={add.onClick}>
            {add.label}
          </Button>
        </div>
      ) : null}
    </section>
  )
}

/** Zones (by CAP), pickup points and weekly templates: what rounds are made of. */
export const PlacesAdmin = () => {
  const { t } = useTranslation()
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
    attemptAction(
      () => adminFetch("/admin/delivery-zones", { method: "POST", body: { name: zone.name, postal_codes: zone.caps.split(/[\s,]+/).filter(Boolean) } }),
      t(`${K}zone_created`),
      () => (setZone({ name: "", caps: "" }), load())
    )
  const addPoint = () =>
    attemptAction(
      () =>
        adminFetch("/admin/pickup-points", {
          method: "POST",
          body: { ...point, lat: Number(point.lat.replace(",", ".")), lng: Number(point.lng.replace(",", ".")) },
        }),
      t(`${K}point_created`),
      () => (setPoint({ name: "", address_1: "", postal_code: "", lat: "", lng: "" }), load())
    )
  const generate = (template: Template) =>
    attemptAction(() => adminFetch(`/admin/round-templates/${template.id}/generate`, { method: "POST", body: { weeks: 4 } }), t(`${K}generated`), load)

  const field = (id: string, label: string, value: string, set: (v: string) => void) => (
    <div>
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} value={value} onChange={(e) => set(e.target.value)} />
    </div>
  )
  return (
    <div className="flex flex-col gap-6 px-6 py-4">
      <PlaceSection
        title={t(`${K}zones`)}
        items={zones}
        row={(z) => (
          <Table.Row key={z.id}>
            <Table.Cell>{z.name}</Table.Cell>
            <Table.Cell>{t(`${K}caps`, { caps: z.postal_codes.join(", ") })}</Table.Cell>
          </Table.Row>
        )}
        add={{
          fields: (
            <>
              {field("zone-name", t(`${K}name`), zone.name, (name) => setZone({ ...zone, name }))}
              {field("zone-caps", t(`${K}caps_field`), zone.caps, (caps) => setZone({ ...zone, caps }))}
            </>
          ),
          label: t(`${K}add_zone`),
          onClick: addZone,
        }}
      />
      <PlaceSection
        title={t(`${K}points`)}
        items={points}
        row={(p) => (
          <Table.Row key={p.id}>
            <Table.Cell>
              {p.name} {p.is_hub ? <Badge color="blue">{t(`${K}hub`)}</Badge> : null}
            </Table.Cell>
            <Table.Cell>
              {p.address_1}, {p.postal_code}
            </Table.Cell>
          </Table.Row>
        )}
        add={{
          fields: (
            <>
              {field("point-name", t(`${K}name`), point.name, (name) => setPoint({ ...point, name }))}
              {field("point-address", t(`${K}address`), point.address_1, (address_1) => setPoint({ ...point, address_1 }))}
              {field("point-cap", t(`${K}cap`), point.postal_code, (postal_code) => setPoint({ ...point, postal_code }))}
              {field("point-lat", t(`${K}lat`), point.lat, (lat) => setPoint({ ...point, lat }))}
              {field("point-lng", t(`${K}lng`), point.lng, (lng) => setPoint({ ...point, lng }))}
            </>
          ),
          label: t(`${K}add_point`),
          onClick: addPoint,
        }}
      />
      <PlaceSection
        title={t(`${K}templates`)}
        items={templates}
        row={(template) => (
          <Table.Row key={template.id}>
            <Table.Cell>{template.name}</Table.Cell>
            <Table.Cell>
              {t(`${K}every`, { day: weekday(template.weekday), from: template.start_time, to: template.end_time, count: template.max_drops })}
            </Table.Cell>
            <Table.Cell>
              <Button size="small" variant="secondary" onClick={() => generate(template)}>
                {t(`${K}generate`)}
              </Button>
            </Table.Cell>
          </Table.Row>
        )}
      />
    </div>
  )
}
