import fs from "node:fs"
import { medusaIntegrationTestRunner, createPostgresDatabaseTemplate } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoDistrict } from "../../backend/src/scripts/seed-district"
import { backendDir } from "../helpers/district"
import { DISTRICT_TEMPLATE, currentDatabase, seedOutputPath, uploadsPath } from "../helpers/district-template"

// Run once by helpers/global-setup.js before the HTTP specs (not one of them: see jest.config.js).
jest.setTimeout(600_000)

const root = process.env.RBV_DISTRICT_TEMPLATE_DIR!

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ getContainer }) => {
    it("builds the migrated template1 and the seeded district template", async () => {
      const container = getContainer()
      const database = await currentDatabase(container)

      // Only on the throwaway server of with-test-db.mjs: every database the runner creates next
      // (CREATE DATABASE copies template1) starts migrated, so each file's migrations are no-ops.
      if (process.env.RBV_TEST_DB_THROWAWAY === "1") {
        await createPostgresDatabaseTemplate({ databaseName: database, templateName: "rbv_migrated" })
        const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
        for (const statement of [
          "ALTER DATABASE template1 WITH IS_TEMPLATE false",
          "DROP DATABASE template1",
          "ALTER DATABASE rbv_migrated RENAME TO template1",
          "ALTER DATABASE template1 WITH IS_TEMPLATE true",
        ]) {
          await knex.raw(statement)
        }
      }

      const seeded = await seedDemoDistrict(container, { demoOrders: false })
      await createPostgresDatabaseTemplate({ databaseName: database, templateName: DISTRICT_TEMPLATE })
      fs.cpSync(process.env.RBV_UPLOAD_DIR!, uploadsPath(root), { recursive: true })
      fs.writeFileSync(seedOutputPath(root), JSON.stringify(seeded))
      expect(seeded.publishableKey).toMatch(/^pk_/)
    })
  },
})
