// The coordinators' zones, pickup points, rounds and weekly templates (moved from the district's
// http/delivery-rounds/admin.cases.ts: they need nothing of the other plugins), run by
// plain/delivery-rounds.spec.ts on its plain shop: zones «Veronetta Nord» (a round serves it) and
// «Veronetta Sud», two pickup points.
import { romeSlot, roundBody, zonesByName } from "../../helpers/delivery"
import { attempt } from "../../helpers/vendors"

type Context = { api: any; shop: { admin: { headers: Record<string, string> } } }

export default function adminCases({ api, shop }: Context) {
  describe("/admin/delivery-zones and /admin/pickup-points", () => {
    it("creates, updates and deletes a zone; refuses bad input without writing anything", async () => {
      const { admin } = shop
      const created = await api.post("/admin/delivery-zones", { name: "San Nazaro", postal_codes: ["37129"] }, admin)
      expect(created.status).toBe(201)
      expect(created.data.delivery_zone).toMatchObject({ name: "San Nazaro", postal_codes: ["37129"], polygon: null })
      const id = created.data.delivery_zone.id

      const bad = await attempt(api.post("/admin/delivery-zones", { name: "Ovunque", postal_codes: ["VR"] }, admin))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/postal_codes/)
      const extra = await attempt(api.post("/admin/delivery-zones", { name: "X", postal_codes: ["37100"], colour: "red" }, admin))
      expect(extra.status).toBe(400)
      expect(extra.data.message).toMatch(/colour/)
      const noName = await attempt(api.post("/admin/delivery-zones", { postal_codes: ["37100"] }, admin))
      expect(noName.status).toBe(400)
      expect(noName.data.message).toMatch(/name/)
      expect((await api.get("/admin/delivery-zones", admin)).data.count).toBe(3)

      const open = { type: "Polygon", coordinates: [[[11.0, 45.44], [11.01, 45.44], [11.01, 45.45], [11.0, 45.45]]] }
      const unclosed = await attempt(api.post(`/admin/delivery-zones/${id}`, { polygon: open }, admin))
      expect(unclosed.status).toBe(400)
      expect(unclosed.data.message).toMatch(/polygon/)
      const polygon = { type: "Polygon", coordinates: [[[11.0, 45.44], [11.01, 45.44], [11.01, 45.45], [11.0, 45.44]]] }
      const updated = await api.post(`/admin/delivery-zones/${id}`, { postal_codes: ["37129", "37131"], polygon }, admin)
      expect(updated.data.delivery_zone).toMatchObject({ name: "San Nazaro", postal_codes: ["37129", "37131"], polygon })

      const deleted = await api.delete(`/admin/delivery-zones/${id}`, admin)
      expect(deleted.data).toEqual({ id, object: "delivery_zone", deleted: true })
      expect((await attempt(api.get(`/admin/delivery-zones/${id}`, admin))).status).toBe(404)
      expect((await attempt(api.delete(`/admin/delivery-zones/${id}`, admin))).status).toBe(404)

      // A zone the seeded rounds still serve stays.
      const zones = await zonesByName(api, admin)
      const inUse = await attempt(api.delete(`/admin/delivery-zones/${zones["Veronetta Nord"]}`, admin))
      expect(inUse.status).toBe(400)
      expect(inUse.data.message).toMatch(/round/)
      expect((await api.get("/admin/delivery-zones", admin)).data.count).toBe(2)
    })

    it("creates a pickup point and refuses one without coordinates", async () => {
      const { admin } = shop
      const body = {
        name: "Libreria di Veronetta",
        address_1: "Via XX Settembre 40",
        postal_code: "37129",
        lat: 45.4398,
        lng: 11.0072,
        opening_hours: { sat: [["10:00", "13:00"]] },
      }
      const { data, status } = await api.post("/admin/pickup-points", body, admin)
      expect(status).toBe(201)
      expect(data.pickup_point).toMatchObject({ ...body, lat: expect.any(Number), city: "Verona", is_hub: false })

      const bad = await attempt(api.post("/admin/pickup-points", { ...body, lat: undefined, opening_hours: { sat: [["10", "13"]] } }, admin))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/lat/)
      expect((await api.get("/admin/pickup-points", admin)).data.count).toBe(3)

      const renamed = await api.post(`/admin/pickup-points/${data.pickup_point.id}`, { name: "Libreria" }, admin)
      expect(renamed.data.pickup_point.name).toBe("Libreria")
    })
  })

  describe("/admin/delivery-rounds", () => {
    it("creates, reads and updates a round; refuses an inconsistent one", async () => {
      const { admin } = shop
      const zones = await zonesByName(api, admin)
      const { data: points } = await api.get("/admin/pickup-points", admin)
      const body = roundBody([zones["Veronetta Sud"]], 5, { pickup_point_ids: [points.pickup_points[0].id], max_weight_g: 80_000 })

      const created = await api.post("/admin/delivery-rounds", body, admin)
      expect(created.status).toBe(201)
      const round = created.data.delivery_round
      expect(round).toMatchObject({ status: "open", drops_taken: 0, drops_left: 10, delivery_fee: 300, max_weight_g: 80_000 })
      expect(round.zone_ids).toEqual([zones["Veronetta Sud"]])
      expect(round.pickup_point_ids).toEqual([points.pickup_points[0].id])
      expect(round.volunteer_ids).toEqual([])

      const before = (await api.get("/admin/delivery-rounds", admin)).data.count
      const late = await attempt(api.post("/admin/delivery-rounds", { ...body, cutoff_at: body.ends_at }, admin))
      expect(late.status).toBe(400)
      expect(late.data.message).toMatch(/cutoff_at/)
      const unknown = await attempt(api.post("/admin/delivery-rounds", { ...body, zone_ids: ["dzone_nope"] }, admin))
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toMatch(/zone_ids/)
      const profile = await attempt(api.post("/admin/delivery-rounds", { ...body, vehicle_profile: "truck" }, admin))
      expect(profile.status).toBe(400)
      expect(profile.data.message).toMatch(/vehicle_profile/)
      const noDrops = await attempt(api.post("/admin/delivery-rounds", { ...body, max_drops: 0 }, admin))
      expect(noDrops.status).toBe(400)
      expect(noDrops.data.message).toMatch(/max_drops/)
      const status = await attempt(api.post("/admin/delivery-rounds", { ...body, status: "completed" }, admin))
      expect(status.status).toBe(400)
      expect((await api.get("/admin/delivery-rounds", admin)).data.count).toBe(before)

      const { data: read } = await api.get(`/admin/delivery-rounds/${round.id}`, admin)
      expect(read.delivery_round.id).toBe(round.id)
      const { data: updated } = await api.post(`/admin/delivery-rounds/${round.id}`, { max_drops: 12, delivery_fee: 0 }, admin)
      expect(updated.delivery_round).toMatchObject({ max_drops: 12, drops_left: 12, delivery_fee: 0 })
      // The lists are replaced as sent; one left out stays as it was.
      const both = [zones["Veronetta Nord"], zones["Veronetta Sud"]].sort()
      const { data: moved } = await api.post(`/admin/delivery-rounds/${round.id}`, { zone_ids: both, pickup_point_ids: [] }, admin)
      expect([...moved.delivery_round.zone_ids].sort()).toEqual(both)
      expect(moved.delivery_round.pickup_point_ids).toEqual([])
      expect(moved.delivery_round.max_drops).toBe(12)
      const stray = await attempt(api.post(`/admin/delivery-rounds/${round.id}`, { zone_ids: [zones["Veronetta Sud"], "dzone_nope"] }, admin))
      expect(stray.status).toBe(400)
      expect(stray.data.field).toBe("zone_ids")
      expect([...(await api.get(`/admin/delivery-rounds/${round.id}`, admin)).data.delivery_round.zone_ids].sort()).toEqual(both)
      const window = await attempt(api.post(`/admin/delivery-rounds/${round.id}`, { ends_at: body.starts_at }, admin))
      expect(window.status).toBe(400)
      expect((await api.get(`/admin/delivery-rounds/${round.id}`, admin)).data.delivery_round.ends_at).toBe(round.ends_at)
      expect((await attempt(api.get("/admin/delivery-rounds/dround_nope", admin))).status).toBe(404)
    })

    it("moves a round through its statuses and refuses a jump", async () => {
      const { admin } = shop
      const zones = await zonesByName(api, admin)
      const { data } = await api.post("/admin/delivery-rounds", roundBody([zones["Veronetta Nord"]]), admin)
      const id = data.delivery_round.id
      const to = (status: string) => attempt(api.post(`/admin/delivery-rounds/${id}/status`, { status }, admin))

      const jump = await to("completed")
      expect(jump.status).toBe(400)
      expect(jump.data.message).toMatch(/open cannot become completed/)
      // The moves the admin offers by hand come from the API; planning and riding happen in /logistica.
      expect(data.delivery_round.allowed_transitions).toEqual(["closed", "cancelled"])
      const offered: Record<string, string[]> = { closed: ["open", "cancelled"], planned: ["cancelled"], in_progress: [], completed: [] }
      for (const status of ["closed", "planned", "in_progress", "completed"]) {
        const res = await to(status)
        expect(res.status).toBe(200)
        expect(res.data.delivery_round).toMatchObject({ status, allowed_transitions: offered[status] })
      }
      expect((await to("open")).status).toBe(400)
      expect((await to("finished")).status).toBe(400)
      const { data: listed } = await api.get("/admin/delivery-rounds?status=completed", admin)
      expect(listed.delivery_rounds.map((r: any) => r.id)).toEqual([id])
    })
  })

  describe("/admin/round-templates", () => {
    it("creates a weekly template and generates its rounds on the next weekdays, Europe/Rome times, once", async () => {
      const { admin } = shop
      const zones = await zonesByName(api, admin)
      const body = {
        name: "Giro del sabato mattina",
        weekday: 6,
        start_time: "09:30",
        end_time: "12:00",
        cutoff_weekday: 4,
        cutoff_time: "20:00",
        max_drops: 15,
        vehicle_profile: "bike",
        collection_mode: "workshop_pickup",
        delivery_fee: 0,
        zone_ids: [zones["Veronetta Sud"]],
      }
      const bad = await attempt(api.post("/admin/round-templates", { ...body, weekday: 8, start_time: "9.30" }, admin))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/weekday/)
      const { data, status } = await api.post("/admin/round-templates", body, admin)
      expect(status).toBe(201)
      const templateId = data.round_template.id
      expect(data.round_template).toMatchObject({ zone_ids: [zones["Veronetta Sud"]], pickup_point_ids: [] })

      const { data: generated } = await api.post(`/admin/round-templates/${templateId}/generate`, { weeks: 3 }, admin)
      expect(generated.delivery_rounds).toHaveLength(3)
      const starts = generated.delivery_rounds.map((r: any) => new Date(r.starts_at).getTime())
      expect(starts[1] - starts[0]).toBeGreaterThanOrEqual(7 * 86_400_000 - 3_600_000)
      for (const round of generated.delivery_rounds) {
        expect(romeSlot(round)).toEqual({ day: "Sat", from: "09:30", to: "12:00", cutoff: "Thu 20:00" })
        expect(round).toMatchObject({ template_id: templateId, max_drops: 15, vehicle_profile: "bike", collection_mode: "workshop_pickup", status: "open" })
        expect(round).toMatchObject({ zone_ids: [zones["Veronetta Sud"]], pickup_point_ids: [], volunteer_ids: [] })
      }

      const again = await api.post(`/admin/round-templates/${templateId}/generate`, { weeks: 3 }, admin)
      expect(again.data.delivery_rounds).toHaveLength(0)
      const more = await api.post(`/admin/round-templates/${templateId}/generate`, { weeks: 4 }, admin)
      expect(more.data.delivery_rounds).toHaveLength(1)
      const weeks = await attempt(api.post(`/admin/round-templates/${templateId}/generate`, { weeks: 0 }, admin))
      expect(weeks.status).toBe(400)
      expect((await attempt(api.post("/admin/round-templates/rtpl_nope/generate", { weeks: 1 }, admin))).status).toBe(404)
    })
  })
}
