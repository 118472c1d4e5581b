import { spawnSync } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"

const start = path.resolve(__dirname, "..", "start.mjs")

function runStart(env: Record<string, string>, args: string[] = []) {
  const result = spawnSync(process.execPath, [start, "--backend-only", ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 60_000,
  })
  const lines = `${result.stdout}\n${result.stderr}`.split("\n").filter((l) => l.startsWith("✖"))
  return { status: result.status, errorLines: lines }
}

describe("npm start refuses, in one line, what it cannot fix", () => {
  let dataDir: string
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rbv-start-"))
  })
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }))

  it("a port already in use", async () => {
    const server = net.createServer().listen(0, "127.0.0.1")
    await new Promise((r) => server.once("listening", r))
    const port = (server.address() as net.AddressInfo).port
    const { status, errorLines } = runStart({ PORT: String(port), RBV_DATA_DIR: dataDir })
    server.close()
    expect(status).toBe(1)
    expect(errorLines).toEqual([`✖ Port ${port} (Medusa) is already in use: stop what runs there, or choose another port with PORT=<port>.`])
    expect(fs.existsSync(path.join(dataDir, "postgres"))).toBe(false)
  })

  it("--cluster: the second server's port already in use, named with its own variable", async () => {
    const server = net.createServer().listen(0, "127.0.0.1")
    await new Promise((r) => server.once("listening", r))
    const port = (server.address() as net.AddressInfo).port
    const { status, errorLines } = runStart({ PORT: String(port - 1), RBV_DATA_DIR: dataDir }, ["--cluster"])
    server.close()
    expect(status).toBe(1)
    expect(errorLines).toEqual([`✖ Port ${port} (Medusa server-b) is already in use: stop what runs there, or choose another port with RBV_SERVER_B_PORT=<port>.`])
    expect(fs.existsSync(path.join(dataDir, "postgres"))).toBe(false)
  })

  it("--district=<file> without DATABASE_URL (the district it describes lives there)", () => {
    const env = { ...process.env, RBV_DATA_DIR: dataDir }
    delete env.DATABASE_URL
    const result = spawnSync(process.execPath, [start, "--cluster", "--district=/tmp/district.json"], { env, encoding: "utf8", timeout: 60_000 })
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/--district=<file> describes the district already in DATABASE_URL: set DATABASE_URL too/)
    expect(fs.existsSync(path.join(dataDir, "postgres"))).toBe(false)
  })

  it("--cluster cannot be combined with --dev", () => {
    const result = spawnSync(process.execPath, [start, "--cluster", "--dev"], { env: { ...process.env, RBV_DATA_DIR: dataDir }, encoding: "utf8", timeout: 60_000 })
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/--cluster runs the production build: it cannot be combined with --dev/)
  })

  it("a data folder made by another PostgreSQL version", () => {
    fs.mkdirSync(path.join(dataDir, "postgres"), { recursive: true })
    fs.writeFileSync(path.join(dataDir, "postgres", "PG_VERSION"), "15\n")
    const { status, errorLines } = runStart({ PORT: "0", RBV_DATA_DIR: dataDir, RBV_PG_PORT: "54998" })
    expect(status).toBe(1)
    expect(errorLines).toHaveLength(1)
    expect(errorLines[0]).toMatch(/was made by PostgreSQL 15, this project ships PostgreSQL \d+: delete the folder/)
    expect(fs.readFileSync(path.join(dataDir, "postgres", "PG_VERSION"), "utf8")).toBe("15\n")
  })
})
