import { spawn, type ChildProcess } from "node:child_process"
import http from "node:http"
import net from "node:net"
import type { AddressInfo } from "node:net"
import express from "express"

type Throttle = (rule: { name: string; account?: (req: any) => unknown; count?: "failures" | "all" }) => any

/** A tiny login server: 200 for the right password, 401 otherwise, behind the throttle. */
export async function loginServer(throttle: Throttle, name = "login:test") {
  const app = express()
  app.set("trust proxy", 1) // as Medusa does: req.ip would follow X-Forwarded-For
  app.use(express.json())
  app.post("/login", throttle({ name, account: (req) => req.body?.email }), (req, res) => {
    res.status(req.body?.password === "giusta" ? 200 : 401).json({})
  })
  const server = http.createServer(app)
  await new Promise<void>((resolve) => server.listen(0, "0.0.0.0", resolve))
  const port = (server.address() as AddressInfo).port
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

/** POSTs from a given loopback address (127.0.0.0/8 are all this machine), as another client would. */
export function post(port: number, from: string, body: unknown, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; retryAfter: number | null }>((resolve, reject) => {
    const data = JSON.stringify(body)
    const req = http.request(
      { host: "127.0.0.1", port, path: "/login", method: "POST", localAddress: from, agent: false, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(data), ...headers } },
      (res) => {
        res.resume()
        res.on("end", () => resolve({ status: res.statusCode!, retryAfter: res.headers["retry-after"] ? Number(res.headers["retry-after"]) : null }))
      }
    )
    req.on("error", reject)
    req.end(data)
  })
}

export async function freePort(): Promise<number> {
  const srv = net.createServer()
  await new Promise<void>((resolve) => srv.listen(0, "127.0.0.1", resolve))
  const { port } = srv.address() as AddressInfo
  await new Promise<void>((resolve) => srv.close(() => resolve()))
  return port
}

/** A throw-away redis-server (Debian's) on a free port, without persistence. */
export async function startRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort()
  const child: ChildProcess = spawn("redis-server", ["--port", String(port), "--save", "", "--appendonly", "no", "--bind", "127.0.0.1"], { stdio: ["ignore", "pipe", "inherit"] })
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("redis-server did not start in 10 s")), 10_000)
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("Ready to accept connections")) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.on("exit", (code) => reject(new Error(`redis-server exited with ${code}`)))
  })
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => {
      child.once("exit", () => resolve())
      child.kill("SIGTERM")
    }),
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
