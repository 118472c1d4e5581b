// A file's database is a copy of template1, which the district template's run migrated and
// linked with the backend's own config (templates/district.template.ts). Booting the backend
// again, @medusajs/test-utils still asks each of ~40 modules whether its migrations ran and plans
// the links again — ~15 s of every file on a loaded CI worker, to learn that nothing is to do.
// Both are skipped for the backend's app once that template exists; a plain app (one plugin
// alone, helpers/plain-app.ts) and the template's own run migrate as before.
const fs = require("node:fs")
const path = require("node:path")
const useDb = require("@medusajs/test-utils/dist/medusa-test-runner-utils/use-db")

const backendDir = path.resolve(__dirname, "../../backend")
const templateMigrated = () =>
  process.env.RBV_TEST_DB_THROWAWAY === "1" &&
  Boolean(process.env.RBV_DISTRICT_TEMPLATE_DIR) &&
  fs.existsSync(path.join(process.env.RBV_DISTRICT_TEMPLATE_DIR, "district.json"))

const { migrateDatabase, syncLinks } = useDb
let pendingMigration
// The runner calls migrateDatabase(appLoader) and then syncLinks(appLoader, directory, …): only
// the second names the app's directory, so the migration waits for it.
useDb.migrateDatabase = async (appLoader) => {
  pendingMigration = appLoader
}
useDb.syncLinks = async (appLoader, directory, ...rest) => {
  const loader = pendingMigration
  pendingMigration = undefined
  if (path.resolve(directory) !== backendDir || !templateMigrated()) {
    if (loader) await migrateDatabase(loader)
    return syncLinks(appLoader, directory, ...rest)
  }
  // The plugins' link definitions are still loaded (the seed's links need them); only the plan,
  // which would find every link table there, is left out.
  const planner = async () => Object.assign(await appLoader.getLinksExecutionPlanner(), { createPlan: async () => [] })
  return syncLinks({ getLinksExecutionPlanner: planner }, directory, ...rest)
}
