import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { dirname, join } from "node:path"
import { seedDemoDistrict } from "../../../backend/src/scripts/seed-district"
import { districtSuite } from "../../helpers/district"
import { romeSlot } from "../../helpers/delivery"

jest.setTimeout(180_000)

export default districtSuite({
  testSuite: ({ api, getContainer, district }) => {
    describe("the demo district's delivery rounds", () => {
      it("seeds two zones, two pickup points, the Thursday template, its next two rounds (the first with demo orders, closed), once", async () => {
        const { admin } = district
        // As `npm start` seeds it (with the demo orders), twice, over the district seeded without them:
        // the runs add the orders and nothing else.
        const productCount = async () => (await api.get("/store/products?limit=1", district.store)).data.count
        const products = await productCount()
        await seedDemoDistrict(getContainer())
        const again = await seedDemoDistrict(getContainer())
        expect(again.publishableKey).toBe(district.publishableKey)
        expect(await productCount()).toBe(products)
        expect((await api.get("/admin/customers?limit=1", admin)).data.count).toBeGreaterThanOrEqual(25)

        const { data: zones } = await api.get("/admin/delivery-zones", admin)
        expect(zones.delivery_zones.map((z: any) => [z.name, z.postal_codes])).toEqual([
          ["Veronetta Nord", ["37129"]],
          ["Veronetta Sud", ["37131"]],
        ])
        const { data: points } = await api.get("/admin/pickup-points", admin)
        expect(points.pickup_points).toHaveLength(2)
        const hub = points.pickup_points.find((p: any) => p.is_hub)
        expect(hub).toMatchObject({ name: "Casa Comune", address_1: "Via San Nazaro 23" })
        expect(hub.lat).toBeCloseTo(45.4426, 4)

        const { data: templates } = await api.get("/admin/round-templates", admin)
        expect(templates.round_templates).toHaveLength(1)
        expect(templates.round_templates[0]).toMatchObject({ weekday: 4, start_time: "17:00", cutoff_weekday: 2, max_drops: 30, delivery_fee: 250 })

        const { data: rounds } = await api.get("/admin/delivery-rounds", admin)
        expect(rounds.delivery_rounds).toHaveLength(2)
        const [first, second] = rounds.delivery_rounds
        expect(first).toMatchObject({ status: "closed", drops_taken: 6, drops_left: 24 })
        expect(first.volunteer_ids).toHaveLength(1)
        expect(second).toMatchObject({ status: "open", drops_left: 30 })

        // The planner volunteer finds the demo round ready: every order split per maker, and the
        // pooled ride shorter than the makers driving their own orders.
        const { data: login } = await api.post("/auth/volunteer/emailpass", { email: "logistica@retebuonvivere.demo", password: "buonvivere" })
        const planner = { headers: { authorization: `Bearer ${login.token}` } }
        const { data: demo } = await api.get(`/logistics/rounds/${first.id}`, planner)
        expect(demo.round.stops).toHaveLength(6)
        expect(demo.round.makers.length).toBeGreaterThanOrEqual(5)
        expect(demo.round.stops.every((s: any) => s.items.length >= 2 && s.items.every((i: any) => i.maker_name))).toBe(true)
        const { data: planned } = await api.post(`/logistics/rounds/${first.id}/plan`, {}, planner)
        expect(planned.round.plan.unlocated).toEqual([])
        expect(planned.round.plan.saved_distance_m).toBeGreaterThan(0)
        for (const round of rounds.delivery_rounds) {
          expect(romeSlot(round)).toEqual({ day: "Thu", from: "17:00", to: "20:00", cutoff: "Tue 23:59" })
          expect(round).toMatchObject({ max_drops: 30, delivery_fee: 250, vehicle_profile: "cargo_bike" })
          // The seed leaves out a round closing within hours: a test run seeded just before a cutoff stays orderable.
          expect(new Date(round.cutoff_at).getTime()).toBeGreaterThan(Date.now() + 3_600_000)
        }
      })
    })

    describe("migration Migration20261201000000 (JSON id lists → relations)", () => {
      // The built migration, as `medusa db:migrate` runs it.
      const migrationFile = join(dirname(require.resolve("@rbv/delivery-rounds/package.json")), ".medusa/server/src/modules/delivery/migrations/Migration20261201000000.js")
      const queriesOf = async (direction: "up" | "down"): Promise<string[]> => {
        const { Migration20261201000000 } = require(migrationFile)
        const migration = new Migration20261201000000(null, {})
        await migration[direction]()
        return migration.getQueries()
      }
      const OWNED = ["delivery_round", "round_template", "delivery_zone", "pickup_point", "volunteer", "delivery_stop"]
      const PIVOTS = ["delivery_round_zone", "delivery_round_pickup_point", "delivery_round_volunteer", "round_template_zone", "round_template_pickup_point"]

      it("carries rounds' and templates' JSON ids over to the pivot tables, keys stops to their round, and writes the lists back on down", async () => {
        const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        // In a scratch schema holding copies of the module's tables, inside a transaction rolled back at the end.
        await db
          .transaction(async (trx: any) => {
            await trx.raw("create schema rbv_migration_check")
            await trx.raw("set local search_path to rbv_migration_check")
            for (const table of [...OWNED, ...PIVOTS]) await trx.raw(`create table "${table}" (like public."${table}" including all)`)
            // The tables as they were before the migration: JSON lists, no pivots.
            for (const sql of await queriesOf("down")) await trx.raw(sql)
            expect((await trx.raw("select to_regclass('delivery_round_zone') as t")).rows[0].t).toBeNull()

            const at = "2026-12-03T16:00:00Z"
            await trx.raw(`insert into delivery_zone (id, name, postal_codes) values ('dzone_a', 'A', '{37129}'), ('dzone_b', 'B', '{37131}')`)
            await trx.raw(`insert into pickup_point (id, name, address_1, postal_code, lat, lng) values ('pkp_a', 'Casa', 'Via 1', '37129', 45.4, 11.0)`)
            await trx.raw(`insert into volunteer (id, name, email) values ('vol_a', 'Rider', 'rider@example.test')`)
            await trx.raw(
              `insert into delivery_round (id, starts_at, ends_at, cutoff_at, max_drops, zone_ids, pickup_point_ids, volunteer_ids) values
                 ('dround_a', ?, ?, ?, 10, '["dzone_a", "dzone_b"]', '["pkp_a"]', '["vol_a"]'),
                 ('dround_b', ?, ?, ?, 10, '["dzone_b", "dzone_gone"]', '[]', null)`,
              [at, at, at, at, at, at]
            )
            await trx.raw(
              `insert into round_template (id, name, weekday, start_time, end_time, cutoff_weekday, cutoff_time, max_drops, zone_ids, pickup_point_ids)
                 values ('rtpl_a', 'Giovedì', 4, '17:00', '20:00', 2, '23:59', 30, '["dzone_a"]', '["pkp_a"]')`
            )
            await trx.raw(`insert into delivery_stop (id, round_id, kind) values ('dstop_a', 'dround_a', 'home')`)

            for (const sql of await queriesOf("up")) await trx.raw(sql)
            const pairs = async (table: string) => (await trx.raw(`select * from "${table}"`)).rows.map((r: any) => Object.values(r).join(" ")).sort()
            expect(await pairs("delivery_round_zone")).toEqual(["dround_a dzone_a", "dround_a dzone_b", "dround_b dzone_b"])
            expect(await pairs("delivery_round_pickup_point")).toEqual(["dround_a pkp_a"])
            expect(await pairs("delivery_round_volunteer")).toEqual(["dround_a vol_a"])
            expect(await pairs("round_template_zone")).toEqual(["rtpl_a dzone_a"])
            expect(await pairs("round_template_pickup_point")).toEqual(["rtpl_a pkp_a"])
            const columns = (await trx.raw(`select column_name from information_schema.columns where table_schema = 'rbv_migration_check' and column_name like '%\\_ids'`)).rows
            expect(columns).toEqual([])
            // A stop's round is a foreign key now: a stop of no round is refused.
            await expect(trx.transaction((inner: any) => inner.raw(`insert into delivery_stop (id, round_id, kind) values ('dstop_b', 'dround_nope', 'home')`))).rejects.toThrow(/foreign key/)

            for (const sql of await queriesOf("down")) await trx.raw(sql)
            const lists = (await trx.raw(`select id, zone_ids, pickup_point_ids, volunteer_ids from delivery_round order by id`)).rows
            expect(lists).toEqual([
              { id: "dround_a", zone_ids: ["dzone_a", "dzone_b"], pickup_point_ids: ["pkp_a"], volunteer_ids: ["vol_a"] },
              { id: "dround_b", zone_ids: ["dzone_b"], pickup_point_ids: [], volunteer_ids: [] },
            ])
            expect((await trx.raw(`select zone_ids, pickup_point_ids from round_template`)).rows).toEqual([{ zone_ids: ["dzone_a"], pickup_point_ids: ["pkp_a"] }])
            throw new RolledBack()
          })
          .catch((e: unknown) => {
            if (!(e instanceof RolledBack)) throw e
          })
        expect((await db.raw("select to_regnamespace('rbv_migration_check') as s")).rows[0].s).toBeNull()
      })
    })
  },
})

class RolledBack extends Error {}
