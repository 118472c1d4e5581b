// Each test starts from its file's snapshot: @medusajs/test-utils drops the file's database and
// creates it again from the snapshot, and drops the snapshot and the database when the file ends.
// PostgreSQL's DROP DATABASE forces an immediate checkpoint and waits for it (dbcommands.c), which
// writes every dirty page of every worker's database: measured on the 25 MB district, drop + create
// 3–10 s against rename + create 1.1 s, same run. On the throwaway server of with-test-db.mjs (gone
// with its data folder when the suite ends) a database is renamed away instead of dropped.
const pgTemplate = require("@medusajs/test-utils/dist/medusa-test-runner-utils/postgres-template")
const { Client } = require("@medusajs/framework/pg")

const quote = (name) => `"${name.replace(/"/g, '""')}"`

async function withWaitingRoom(work) {
  const client = new Client({ host: process.env.DB_HOST, port: Number(process.env.DB_PORT), user: process.env.DB_USERNAME, password: process.env.DB_PASSWORD || undefined, database: "postgres" })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end().catch(() => {})
  }
}

const disconnect = (client, databaseName) =>
  client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [databaseName])

/** Renames the database after its OID, which no other database of the server has (nothing when it does not exist). */
async function renameAway(client, databaseName) {
  const { rows } = await client.query("SELECT oid FROM pg_database WHERE datname = $1", [databaseName])
  if (!rows.length) return
  await client.query(`ALTER DATABASE ${quote(databaseName)} WITH ALLOW_CONNECTIONS false`)
  for (let attempt = 0; ; attempt++) {
    await disconnect(client, databaseName)
    try {
      await client.query(`ALTER DATABASE ${quote(databaseName)} RENAME TO ${quote(`rbv_discarded_${rows[0].oid}`)}`)
      return
    } catch (error) {
      if (!String(error.message).includes("being accessed by other users") || attempt >= 9) throw error
      await new Promise((r) => setTimeout(r, 50 * (attempt + 1)))
    }
  }
}

if (process.env.RBV_TEST_DB_THROWAWAY === "1") {
  pgTemplate.restorePostgresDatabaseFromTemplate = ({ databaseName, templateName }) =>
    withWaitingRoom(async (client) => {
      if (databaseName === templateName) throw new Error("Template database name must differ from target database")
      await renameAway(client, databaseName)
      await disconnect(client, templateName)
      await client.query(`CREATE DATABASE ${quote(databaseName)} WITH TEMPLATE ${quote(templateName)}`)
    })
  pgTemplate.dropPostgresDatabaseTemplate = (templateName) => withWaitingRoom((client) => renameAway(client, templateName))
  pgTemplate.dropDatabase = ({ databaseName }) => withWaitingRoom((client) => renameAway(client, databaseName))
}
