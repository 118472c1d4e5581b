import fs from "node:fs"
import path from "node:path"
import { Client } from "pg"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ModulesSdkUtils } from "@medusajs/framework/utils"
import { asValue } from "@medusajs/framework/awilix"
import {
  createApiKeysWorkflow,
  createLocationFulfillmentSetWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"

/**
 * A plain Medusa 2.x app that registers one of our plugins and nothing else of ours: a
 * medusa-config.js written into a folder of its own (inside the repository, so Node finds the
 * workspace's packages as another shop finds them in its node_modules), for
 * medusaIntegrationTestRunner's `cwd`. `modules` is what the plugin's README asks the shop to add,
 * `options` the plugin's own (its README's too).
 */
export function plainApp(plugin: string, modules: unknown[] = [], options: Record<string, unknown> = {}) {
  const name = plugin.replace(/^@rbv\//, "")
  const dir = path.resolve(__dirname, "..", ".plain-apps", `${name}-${process.pid}`)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: `plain-${name}`, private: true, dependencies: { "@medusajs/medusa": "2.21.2", [plugin]: "*" } }))
  // Medusa's default plugin (draft orders), which every new app has, as the backend has it.
  fs.mkdirSync(path.join(dir, "node_modules", "@medusajs"), { recursive: true })
  fs.symlinkSync(path.resolve(__dirname, "../../backend/node_modules/@medusajs/draft-order"), path.join(dir, "node_modules", "@medusajs", "draft-order"))
  fs.writeFileSync(
    path.join(dir, "medusa-config.js"),
    `const { defineConfig } = require("@medusajs/framework/utils")
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: { storeCors: "*", adminCors: "*", authCors: "*", jwtSecret: "plain", cookieSecret: "plain" },
  },
  admin: { disable: true },
  plugins: [{ resolve: ${JSON.stringify(plugin)}, options: ${JSON.stringify(options)} }],
  modules: ${JSON.stringify(modules)},
})
`
  )
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
  const dbName = `plain-${name}-${process.pid}`
  return {
    cwd: dir,
    dbName,
    hooks: {
      // The runner keeps a database that exists: made here, from with-test-db.mjs's template1 (the whole
      // marketplace, migrated) less everything of our plugins, it holds Medusa's own tables only, so
      // this app's migrations and link sync are what make the plugin's tables and links (and Medusa's
      // ~25 core migrations are not run again for each plugin).
      beforeServerStart: async (container: MedusaContainer) => {
        // A second app in the same jest file: the framework's container is shared between runners and
        // still holds the first app's PG connection, closed by its shutdown (the loader keeps a
        // registered one); this app gets its own, to its own database.
        if (container.hasRegistration(ContainerRegistrationKeys.PG_CONNECTION)) {
          const { databaseUrl } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
          container.register(ContainerRegistrationKeys.PG_CONNECTION, asValue(ModulesSdkUtils.createPgConnection({ clientUrl: databaseUrl!, schema: "public" })))
        }
        const credentials = { host: process.env.DB_HOST, port: Number(process.env.DB_PORT ?? 5432), user: process.env.DB_USERNAME, password: process.env.DB_PASSWORD }
        const server = new Client({ ...credentials, database: "postgres" })
        await server.connect()
        await server.query(`drop database if exists "${dbName}"`)
        await server.query(`create database "${dbName}"`)
        await server.end()
        const db = new Client({ ...credentials, database: dbName })
        await db.connect()
        await withoutOurPlugins(db)
        await db.end()
      },
    },
  }
}

const pluginsDir = path.resolve(__dirname, "../../plugins")

/** What our plugins' modules put in a database: their tables, migrations and module names. */
function ourSchema() {
  const modules = fs.readdirSync(pluginsDir).flatMap((plugin) => {
    const dir = path.join(pluginsDir, plugin, "src", "modules")
    return fs.existsSync(dir) ? fs.readdirSync(dir).map((m) => path.join(dir, m)) : []
  })
  const migrations = modules.flatMap((m) => {
    const dir = path.join(m, "migrations")
    return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^Migration\d+\.ts$/.test(f)).map((f) => path.join(dir, f)) : []
  })
  const tables = new Set(migrations.flatMap((f) => [...fs.readFileSync(f, "utf8").matchAll(/create table (?:if not exists )?"([a-z_]+)"/gi)].map((m) => m[1])))
  tables.add("delivery_held_order_list")
  const names = modules.map((m) => /_MODULE = "([a-z_]+)"/.exec(fs.readFileSync(path.join(m, "index.ts"), "utf8"))?.[1]).filter(Boolean) as string[]
  return { tables: [...tables], migrations: migrations.map((f) => path.basename(f, ".ts")), modules: names }
}

async function withoutOurPlugins(db: Client) {
  const { tables, migrations, modules } = ourSchema()
  const exists = async (table: string) => (await db.query(`select 1 from information_schema.tables where table_schema = 'public' and table_name = $1`, [table])).rows.length > 0
  if (await exists("link_module_migrations")) {
    const { rows } = await db.query(
      `select table_name from link_module_migrations where link_descriptor->>'fromModule' = any($1) or link_descriptor->>'toModule' = any($1)`,
      [modules]
    )
    for (const { table_name } of rows) await db.query(`drop table if exists "${table_name}" cascade`)
    await db.query(`delete from link_module_migrations where table_name = any($1)`, [rows.map((r) => r.table_name)])
  }
  // With the tables the migrations name, those that hang off them (a manyToMany's pivot tables, whose names a migration builds).
  const { rows: pivots } = await db.query(
    `select distinct tc.table_name from information_schema.table_constraints tc
       join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
      where tc.constraint_type = 'FOREIGN KEY' and ccu.table_name = any($1)`,
    [tables]
  )
  for (const table of [...tables, ...pivots.map((r) => r.table_name)]) await db.query(`drop table if exists "${table}" cascade`)
  if (await exists("mikro_orm_migrations")) await db.query(`delete from mikro_orm_migrations where regexp_replace(name, '\\.[jt]s$', '') = any($1)`, [migrations])
}

/** A coordinator's login and a publishable key, made the way a new shop makes them. */
export async function plainShopAccess(container: MedusaContainer, api: { post: (url: string, body?: unknown) => Promise<{ data: any }> }) {
  const credentials = { email: "admin@plain.test", password: "plain-app-password" }
  const { data: registered } = await api.post("/auth/user/emailpass/register", credentials)
  const authModule = container.resolve(Modules.AUTH)
  const [identity] = await authModule.listAuthIdentities({ provider_identities: { entity_id: credentials.email } } as any)
  await createUserAccountWorkflow(container).run({ input: { userData: { email: credentials.email }, authIdentityId: identity.id } })
  const { data: login } = await api.post("/auth/user/emailpass", credentials)
  const { result: [channel] } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "Negozio" }] } })
  const { result: [key] } = await createApiKeysWorkflow(container).run({ input: { api_keys: [{ title: "plain", type: "publishable", created_by: "" }] } })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })
  expect(registered.token).toEqual(expect.any(String))
  return {
    channelId: channel.id,
    admin: { headers: { authorization: `Bearer ${login.token}` } },
    store: { headers: { "x-publishable-api-key": key.token } },
  }
}

/** The tables of this app's database: what its migrations and link sync made. */
export async function tablesOf(container: MedusaContainer): Promise<Set<string>> {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await db.raw(`select table_name from information_schema.tables where table_schema = current_schema()`)
  return new Set(rows.map((r: { table_name: string }) => r.table_name))
}

/** The module links this app's link sync made a table for, as `module.model ↔ module.model`. */
export async function linksOf(container: MedusaContainer): Promise<string[]> {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await db.raw(`select link_descriptor as d from link_module_migrations`)
  const { modules } = ourSchema()
  return rows
    .filter(({ d }: { d: Record<string, string> }) => modules.includes(d.fromModule) || modules.includes(d.toModule))
    .map(({ d }: { d: Record<string, string> }) => `${d.fromModule}.${d.fromModel} ↔ ${d.toModule}.${d.toModel}`)
    .sort()
}

/**
 * What a new shop sets up before it can sell, with Medusa's own workflows: the sales channel as the
 * store's default, a region (euro, Italy, pay on delivery with Medusa's system provider), a
 * warehouse selling in that channel, and a flat-rate shipping option of Medusa's manual provider.
 */
export async function plainSelling(container: MedusaContainer, channelId: string) {
  const stores = container.resolve(Modules.STORE)
  const [store] = await stores.listStores({}, { take: 1 })
  await stores.updateStores(store.id, { default_sales_channel_id: channelId })
  const { result: [region] } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Italia", currency_code: "eur", countries: ["it"], payment_providers: ["pp_system_default"] }] },
  })
  const { result: [location] } = await createStockLocationsWorkflow(container).run({ input: { locations: [{ name: "Magazzino", address: { address_1: "Via Roma 1", city: "Verona", country_code: "it" } }] } })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [channelId] } })
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  await createLocationFulfillmentSetWorkflow(container).run({ input: { location_id: location.id, fulfillment_set_data: { name: "Spedizioni", type: "shipping" } } })
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [set] = await fulfillment.listFulfillmentSets({ name: "Spedizioni" })
  const [zone] = await fulfillment.createServiceZones([{ fulfillment_set_id: set.id, name: "Italia", geo_zones: [{ type: "country", country_code: "it" }] }])
  const profiles = await fulfillment.listShippingProfiles({ type: "default" })
  const profileId =
    profiles[0]?.id ?? (await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "Predefinito", type: "default" }] } })).result[0].id
  const { result: [option] } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Corriere",
        service_zone_id: zone.id,
        shipping_profile_id: profileId,
        provider_id: "manual_manual",
        type: { label: "Corriere", description: "Consegna a casa", code: "corriere" },
        price_type: "flat",
        prices: [{ amount: 4, currency_code: "eur" }],
      } as any,
    ],
  })
  return { regionId: region.id as string, locationId: location.id as string, shippingOptionId: option.id as string }
}

type PlainApi = { post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }> }
export const PLAIN_ADDRESS = { first_name: "Giulia", last_name: "Ferrari", address_1: "Via San Nazaro 12", postal_code: "37129", city: "Verona", country_code: "it" }

/**
 * A resident's order in a plain shop, as Medusa's own store API places it: a cart of these items (or
 * the cart given), address, shipping, pay on delivery, complete.
 */
export async function plainOrder(
  api: PlainApi,
  store: { headers: Record<string, string> },
  selling: { regionId: string; shippingOptionId: string },
  items: { variant_id: string; quantity: number }[] | { cartId: string },
  email = "giulia.ferrari@example.org"
) {
  const resident = { email, shipping_address: PLAIN_ADDRESS, billing_address: PLAIN_ADDRESS }
  const cartId =
    "cartId" in items
      ? (await api.post(`/store/carts/${items.cartId}`, resident, store)).data.cart.id
      : (await api.post("/store/carts", { region_id: selling.regionId, ...resident, items }, store)).data.cart.id
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: selling.shippingOptionId }, store)
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
  await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
  const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
  if (completed.type !== "order") throw new Error(`cart ${cartId} not completed: ${JSON.stringify(completed)}`)
  return { order: completed.order, cartId: cartId as string }
}
