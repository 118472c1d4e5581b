// Redis for a machine without one: Debian's `redis-server`, bound to loopback, its append-only
// file kept with the data (queued events survive a restart of the whole set-up).
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import { StartupError } from "./errors.mjs"
import { assertPortFree } from "./ports.mjs"
import { serve } from "./processes.mjs"

function ping(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1")
    let reply = ""
    socket.setTimeout(1000, () => socket.destroy())
    socket.on("connect", () => socket.write("PING\r\n"))
    socket.on("data", (chunk) => {
      reply += chunk
      if (reply.includes("\r\n")) socket.end()
    })
    socket.on("close", () => resolve(reply.startsWith("+PONG")))
    socket.on("error", () => resolve(false))
  })
}

export async function startRedis({ dataDir, port, logFile, onExit }) {
  const found = spawnSync("redis-server", ["--version"], { stdio: "ignore" })
  if (found.error || found.status !== 0) {
    throw new StartupError("redis-server is not installed: install Debian's package (apt-get install redis-server) or set REDIS_URL to a Redis of yours.")
  }
  await assertPortFree(port, "Redis", "RBV_REDIS_PORT")
  fs.mkdirSync(dataDir, { recursive: true })
  const child = serve(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--dir", path.resolve(dataDir), "--appendonly", "yes", "--save", "", "--daemonize", "no"],
    // Stopped after the Medusa instances: a worker stopping cleanly still talks to it.
    { cwd: dataDir, env: process.env, logFile, what: "Redis", onExit, stopLast: true }
  )
  const deadline = Date.now() + 15_000
  while (!(await ping(port))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new StartupError(`Redis did not answer on port ${port}: see ${logFile}`)
    await new Promise((r) => setTimeout(r, 200))
  }
  return { url: `redis://127.0.0.1:${port}`, child }
}
