// CPU time of a process and of a PostgreSQL server (its postmaster and every backend), from
// /proc: what a request costs whatever else the machine is doing, unlike its latency.
import fs from "node:fs"

const TICK_MS = 10 // Linux reports CPU time in clock ticks of 1/100 s

function ticks(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8")
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) }
  } catch {
    return null
  }
}

/** A reader of the CPU milliseconds used so far by `pid` and by the PostgreSQL whose data folder is `pgDataDir`. */
export function cpuClock({ pid, pgDataDir }) {
  if (process.platform !== "linux" || !pid) return null
  const postgres = () => {
    const postmaster = Number(fs.readFileSync(path(pgDataDir), "utf8").split("\n")[0])
    let total = ticks(postmaster)?.ticks ?? 0
    for (const entry of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue
      const t = ticks(entry)
      if (t?.ppid === postmaster) total += t.ticks
    }
    return total
  }
  return () => ({ server_ms: (ticks(pid)?.ticks ?? 0) * TICK_MS, postgres_ms: pgDataDir ? postgres() * TICK_MS : 0 })
}

const path = (dir) => `${dir}/postmaster.pid`
