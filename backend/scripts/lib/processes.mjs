import { execFileSync, spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { StartupError } from "./errors.mjs"

const children = new Set()

/** Runs a command to completion; output goes to `logFile` (or the terminal), failure throws with its tail. */
export function run(cmd, args, { cwd, env, logFile, what }) {
  return new Promise((resolve, reject) => {
    const out = logFile ? fs.openSync(logFile, "a") : "inherit"
    const child = spawn(cmd, args, { cwd, env, stdio: ["ignore", out, out], detached: true })
    children.add(child)
    child.on("error", (err) => reject(new StartupError(`${what} could not run: ${err.message}`)))
    child.on("exit", (code, signal) => {
      children.delete(child)
      if (typeof out === "number") fs.closeSync(out)
      if (code === 0) return resolve()
      reject(new StartupError(`${what} failed (${signal ?? `exit ${code}`})${logFile ? `: ${lastLines(logFile)} — full log: ${logFile}` : ""}`))
    })
  })
}

/** Starts a long-running service in its own process group, so stopping it stops its forks too. */
export function serve(cmd, args, { cwd, env, logFile, what, onExit, stopLast = false }) {
  const out = logFile ? fs.openSync(logFile, "a") : "inherit"
  const child = spawn(cmd, args, { cwd, env, stdio: ["ignore", out, out], detached: true })
  child.stopLast = stopLast
  children.add(child)
  child.on("error", (err) => onExit?.(`${what} could not start: ${err.message}`))
  child.on("exit", (code, signal) => {
    children.delete(child)
    if (!child.stopping) onExit?.(`${what} stopped unexpectedly (${signal ?? `exit ${code}`})${logFile ? `: ${lastLines(logFile)} — full log: ${logFile}` : ""}`)
  })
  return child
}

/** Stops every child (its process group), then those marked stopLast (services the others use while stopping). */
export async function stopAll(timeoutMs = 10_000) {
  const all = [...children]
  await stopChildren(all.filter((c) => !c.stopLast), timeoutMs)
  await stopChildren(all.filter((c) => c.stopLast), timeoutMs)
}

async function stopChildren(list, timeoutMs) {
  const waits = list.map(
    (child) =>
      new Promise((resolve) => {
        child.stopping = true
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once("exit", resolve)
        signalGroup(child, "SIGTERM")
        setTimeout(() => {
          signalGroup(child, "SIGKILL")
          resolve()
        }, timeoutMs).unref()
      })
  )
  await Promise.all(waits)
}

// `medusa develop` forks its server into a process group of its own: signal every descendant.
function descendants(pid) {
  try {
    const children = execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)]).toString().split("\n").map(Number).filter(Boolean)
    return children.flatMap((c) => [c, ...descendants(c)])
  } catch {
    return []
  }
}

function signalGroup(child, signal) {
  for (const pid of [...descendants(child.pid), child.pid]) {
    for (const target of [-pid, pid]) {
      try {
        process.kill(target, signal)
      } catch {
        // already gone, or not a group leader
      }
    }
  }
}

export async function waitForHttp(url, { timeoutMs, what, isAlive = () => true }) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isAlive()) return
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) })
      if (res.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new StartupError(`${what} did not answer on ${url} within ${Math.round(timeoutMs / 1000)} s.`)
}

export function lastLines(file, n = 3) {
  try {
    const lines = fs.readFileSync(file, "utf8").trim().split("\n").filter((l) => l.trim())
    return lines.slice(-n).join(" | ").replace(/\u001b\[[0-9;]*m/g, "").slice(0, 600)
  } catch {
    return "(no log)"
  }
}

export function logPath(dataDir, name) {
  const dir = path.join(dataDir, "logs")
  fs.mkdirSync(dir, { recursive: true })
  return path.join(dir, `${name}.log`)
}
