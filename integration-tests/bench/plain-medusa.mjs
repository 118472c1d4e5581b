// A plain Medusa 2.21.2 app — no plugins — with the same catalogue as the marketplace's demo
// district (same products, options, variants, EUR prices and stock, categories, a type per VAT class, one photo
// address each, weight and metadata; one region with Italy and its VAT),
// for the same-run baseline of `npm run bench:web`. It lives in a throw-away folder inside the
// repository so that Node finds the repository's node_modules (same Medusa, same version).
import fs from "node:fs"
import path from "node:path"
import { run, serve, waitForHttp } from "../../backend/scripts/lib/processes.mjs"
import { startPostgres } from "../../backend/scripts/lib/postgres.mjs"

// With MEDUSA_FF_CACHING=true (bench:web --caching) the plain app gets Medusa's caching module as the marketplace
// does with the flag (its in-memory provider, or Redis with REDIS_URL), so that a ratio measured with the flag on
// compares like with like: the flag alone does nothing without the module.
const CONFIG = `const { defineConfig } = require("@medusajs/framework/utils")
const caching = process.env.MEDUSA_FF_CACHING === "true"
const provider = process.env.REDIS_URL
  ? { providers: [{ resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl: process.env.REDIS_URL } }] }
  : { in_memory: { enable: true } }
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: { storeCors: "*", adminCors: "*", authCors: "*", jwtSecret: "bench-plain", cookieSecret: "bench-plain" },
  },
  admin: { disable: true },
  modules: caching ? [{ resolve: "@medusajs/medusa/caching", options: provider }] : [],
})
`

// Runs inside \`medusa exec\`: the products of the demo district, read from the backend's build.
const SEED = `const { ContainerRegistrationKeys, Modules, ProductStatus } = require("@medusajs/framework/utils")
const wf = require("@medusajs/medusa/core-flows")
const fs = require("node:fs")
exports.default = async function seed({ container }) {
  const { products } = require(process.env.BENCH_DEMO_PRODUCTS)
  const { result: [channel] } = await wf.createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "Negozio" }] } })
  const { result: [key] } = await wf.createApiKeysWorkflow(container).run({ input: { api_keys: [{ title: "bench", type: "publishable", created_by: "" }] } })
  await wf.linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })
  const { result: [region] } = await wf.createRegionsWorkflow(container).run({ input: { regions: [{ name: "Italia", currency_code: "eur", countries: ["it"], automatic_taxes: true, is_tax_inclusive: true }] } })
  await wf.createTaxRegionsWorkflow(container).run({ input: [{ country_code: "it", default_tax_rate: { rate: 22, code: "IVA22", name: "IVA 22%" } }] })
  // Stock as the demo district keeps it: every variant's quantity at one location of the shop's channel.
  const { result: [location] } = await wf.createStockLocationsWorkflow(container).run({ input: { locations: [{ name: "Magazzino" }] } })
  await wf.linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [channel.id] } })
  // The rest of a product as the demo district has it: its category, a type per VAT class, one photo
  // (the thumbnail too), weight and metadata — so that the product page's \`*images,*categories,+metadata\`
  // reads as many rows here as on the marketplace. The photo addresses only need to be strings.
  const { categories } = require(process.env.BENCH_DEMO_CATEGORIES)
  const { result: made } = await wf.createProductCategoriesWorkflow(container).run({
    input: { product_categories: categories.map((c) => ({ name: c.name, handle: c.handle, description: c.description, is_active: true, metadata: { name_en: c.name_en, vat: c.vat } })) },
  })
  const categoryId = new Map(made.map((c) => [c.handle, c.id]))
  const vats = [...new Set(categories.map((c) => c.vat))]
  const { result: types } = await wf.createProductTypesWorkflow(container).run({ input: { product_types: vats.map((v) => ({ value: "bench-" + v })) } })
  const typeOf = new Map(vats.map((v, i) => [v, types[i].id]))
  const vatOf = new Map(categories.map((c) => [c.handle, c.vat]))
  const photo = (p) => process.env.BENCH_PHOTO_BASE + "/" + p.handle + ".svg"
  const makerName = new Map(require(process.env.BENCH_DEMO_MAKERS).makers.map((m) => [m.handle, m.name]))
  const input = products.map((p) => ({
    title: p.title, handle: p.handle, subtitle: p.subtitle, description: p.description, status: ProductStatus.PUBLISHED,
    weight: p.weight, thumbnail: photo(p), images: [{ url: photo(p) }], category_ids: [categoryId.get(p.category)], type_id: typeOf.get(vatOf.get(p.category)),
    metadata: { maker_handle: p.maker, maker_name: makerName.get(p.maker), featured: Boolean(p.featured), ...(p.weight_pricing ? { weight_pricing: p.weight_pricing } : {}) },
    options: p.options, sales_channels: [{ id: channel.id }],
    variants: p.variants.map((v) => ({ title: v.title, sku: v.sku, options: v.options, manage_inventory: true, prices: [{ currency_code: "eur", amount: v.price / 100 }] })),
  }))
  await wf.createProductsWorkflow(container).run({ input: { products: input } })
  const stockBySku = new Map(products.flatMap((p) => p.variants.map((v) => [v.sku, v.stock ?? 0])))
  const { data: items } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "inventory_item", fields: ["id", "sku"] })
  await wf.createInventoryLevelsWorkflow(container).run({
    input: { inventory_levels: items.map((item) => ({ inventory_item_id: item.id, location_id: location.id, stocked_quantity: stockBySku.get(item.sku) ?? 0 })) },
  })
  fs.writeFileSync(process.env.BENCH_OUT, JSON.stringify({ publishableKey: key.token, regionId: region.id, count: input.length }))
}
`

/** Starts the plain app on `port` (its own embedded PostgreSQL on `pgPort`); returns its URL, key, region and a stop(). */
export async function startPlainMedusa({ root, port, pgPort, log }) {
  const dir = path.join(root, ".bench", `plain-medusa-${process.pid}`)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  // The medusa CLI runs its commands only in a project that depends on @medusajs/medusa (resolved
  // from the repository's node_modules, nothing is installed here).
  const version = JSON.parse(fs.readFileSync(path.join(root, "node_modules", "@medusajs", "medusa", "package.json"), "utf8")).version
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "bench-plain-medusa", private: true, dependencies: { "@medusajs/medusa": version } }))
  // Medusa's default plugin (draft orders, as in a new app) is installed beside the backend.
  fs.mkdirSync(path.join(dir, "node_modules", "@medusajs"), { recursive: true })
  fs.symlinkSync(path.join(root, "backend", "node_modules", "@medusajs", "draft-order"), path.join(dir, "node_modules", "@medusajs", "draft-order"))
  fs.writeFileSync(path.join(dir, "medusa-config.js"), CONFIG)
  fs.writeFileSync(path.join(dir, "seed.js"), SEED)
  const database = await startPostgres({ dataDir: path.join(dir, "pg"), port: pgPort })
  await database.ensureDatabase("plain")
  const medusa = path.join(root, "node_modules", ".bin", "medusa")
  const env = { ...process.env, DATABASE_URL: database.urlFor("plain"), NODE_ENV: "production", MEDUSA_DISABLE_TELEMETRY: "true", PORT: String(port) }
  const logFile = (name) => path.join(dir, `${name}.log`)
  log("plain Medusa: migrations")
  await run(medusa, ["db:migrate"], { cwd: dir, env, logFile: logFile("migrate"), what: "Plain Medusa migrations" })
  log("plain Medusa: seeding the demo district's products")
  const out = path.join(dir, "seed-output.json")
  const demo = path.join(root, "backend", ".medusa", "server", "src", "scripts", "demo-district")
  const seedEnv = { BENCH_OUT: out, BENCH_DEMO_PRODUCTS: path.join(demo, "products.js"), BENCH_DEMO_CATEGORIES: path.join(demo, "categories.js"), BENCH_DEMO_MAKERS: path.join(demo, "makers.js"), BENCH_PHOTO_BASE: `http://localhost:${port}/static` }
  await run(medusa, ["exec", "./seed.js"], { cwd: dir, env: { ...env, ...seedEnv }, logFile: logFile("seed"), what: "Plain Medusa seed" })
  const seeded = JSON.parse(fs.readFileSync(out, "utf8"))
  const server = serve(medusa, ["start"], { cwd: dir, env, logFile: logFile("medusa"), what: "Plain Medusa", onExit: () => {} })
  const url = `http://localhost:${port}`
  await waitForHttp(`${url}/health`, { timeoutMs: Number(process.env.RBV_START_TIMEOUT_MS || 120_000), what: "Plain Medusa", isAlive: () => server.exitCode === null })
  return {
    url,
    ...seeded,
    // For the CPU time each request costs (the server, and PostgreSQL's processes).
    pid: server.pid,
    pgDataDir: path.join(dir, "pg"),
    async stop() {
      server.stopping = true
      if (server.exitCode === null) {
        const exited = new Promise((r) => server.once("exit", r))
        process.kill(-server.pid, "SIGTERM")
        await exited
      }
      await database.stop().catch(() => {})
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
