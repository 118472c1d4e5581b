import { spawnSync } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"

const lib = path.resolve(__dirname, "..", "lib")

async function freePort() {
  const server = net.createServer().listen(0, "127.0.0.1")
  await new Promise((r) => server.once("listening", r))
  const { port } = server.address() as net.AddressInfo
  await new Promise((r) => server.close(r))
  return port
}

// start.mjs's helpers are ES modules: drive them from a child Node, as start.mjs does.
function runModule(source: string) {
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", source], { cwd: lib, encoding: "utf8", timeout: 60_000 })
  if (result.status !== 0) throw new Error(`exit ${result.status}: ${result.stderr}`)
  return JSON.parse(result.stdout.trim().split("\n").pop()!)
}

describe("npm run start:cluster's local services", () => {
  let dataDir: string
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rbv-cluster-services-"))
  })
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }))

  it("Redis: Debian's redis-server answers on the port asked, keeps its append-only file in the data folder, and stops", async () => {
    const port = await freePort()
    const out = runModule(`
      import net from "node:net"
      import { startRedis } from "./redis.mjs"
      import { stopAll } from "./processes.mjs"
      const redis = await startRedis({ dataDir: ${JSON.stringify(dataDir)}, port: ${port}, logFile: ${JSON.stringify(path.join(dataDir, "redis.log"))}, onExit: () => {} })
      const reply = await new Promise((resolve) => {
        const s = net.connect(${port}, "127.0.0.1", () => s.write("SET rbv ok\\r\\nGET rbv\\r\\n"))
        let data = ""
        s.on("data", (d) => { data += d; if (data.includes("ok\\r\\n")) { s.end(); resolve(data) } })
      })
      await stopAll()
      console.log(JSON.stringify({ url: redis.url, reply }))
    `)
    expect(out).toEqual({ url: `redis://127.0.0.1:${port}`, reply: "+OK\r\n$2\r\nok\r\n" })
    expect(fs.readdirSync(dataDir).some((f) => f.startsWith("appendonly"))).toBe(true)
    const stillThere = await new Promise((resolve) => net.connect(port, "127.0.0.1").on("connect", () => resolve(true)).on("error", () => resolve(false)))
    expect(stillThere).toBe(false)
  })

  it("S3: the local store takes an object through the AWS SDK with the settings it hands to Medusa, and gives it back", async () => {
    const port = await freePort()
    const out = runModule(`
      import { S3Client, PutObjectCommand, GetObjectCommand } from "@aws-sdk/client-s3"
      import { startS3 } from "./s3.mjs"
      const s3 = await startS3({ dataDir: ${JSON.stringify(dataDir)}, port: ${port}, bucket: "rbv-uploads" })
      const e = s3.env
      const client = new S3Client({ endpoint: e.S3_ENDPOINT, region: e.S3_REGION, forcePathStyle: true, credentials: { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY } })
      await client.send(new PutObjectCommand({ Bucket: e.S3_BUCKET, Key: "foto.png", Body: "pixels", ContentType: "image/png" }))
      const got = await client.send(new GetObjectCommand({ Bucket: e.S3_BUCKET, Key: "foto.png" }))
      const body = await got.Body.transformToString()
      const missing = await client.send(new GetObjectCommand({ Bucket: e.S3_BUCKET, Key: "nessuna.png" })).then(() => null, (err) => err.name)
      await s3.stop()
      console.log(JSON.stringify({ env: e, body, type: got.ContentType, missing }))
    `)
    expect(out).toEqual({
      env: { S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_BUCKET: "rbv-uploads", S3_REGION: "us-east-1", S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER" },
      body: "pixels",
      type: "image/png",
      missing: "NoSuchKey",
    })
  })
})
