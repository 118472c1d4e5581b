import net from "node:net"
import { StartupError } from "./errors.mjs"

export function isPortFree(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.once("listening", () => server.close(() => resolve(true)))
    server.listen(port, host)
  })
}

export async function assertPortFree(port, what, envName) {
  if (!(await isPortFree(port))) {
    throw new StartupError(
      `Port ${port} (${what}) is already in use: stop what runs there, or choose another port with ${envName}=<port>.`
    )
  }
}

export async function findFreePort(from) {
  for (let port = from; port < from + 200; port++) {
    if (await isPortFree(port)) return port
  }
  throw new StartupError(`No free port found between ${from} and ${from + 199}.`)
}
