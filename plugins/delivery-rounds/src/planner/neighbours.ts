import type { Model } from "./model"

/** Weights of waiting and time warp in the proximity of two tasks (Vidal et al. 2013, PyVRP). */
const WEIGHT_WAIT = 0.2
const WEIGHT_WARP = 1

/**
 * Granular neighbour lists: for each task, the k tasks closest to it in a measure that adds to
 * the travel cost the waiting and the time warp that serving one right after the other would
 * cause (both orders; the smaller counts). Tasks whose windows cannot follow each other drop
 * out even when they are close in space. Shipment siblings are always neighbours.
 */
export function granularNeighbours(m: Model, k: number): Int32Array[] {
  const N = m.nTasks
  const K = Math.min(k, N - 1)
  const tr = m.travels[0]
  const n = tr.size
  const e = new Float64Array(N)
  const l = new Float64Array(N)
  for (let t = 0; t < N; t++) {
    e[t] = m.twStart[m.twOff[t]]
    l[t] = m.twEnd[m.twOff[t + 1] - 1]
  }
  const oneWay = (a: number, b: number): number => {
    const k2 = m.taskLoc[a] * n + m.taskLoc[b]
    const t = tr.time[k2]
    const wait = e[b] - t - m.taskService[a] - l[a]
    const warp = e[a] + m.taskService[a] + t - l[b]
    return tr.cost[k2] + WEIGHT_WAIT * (wait > 0 ? wait : 0) + WEIGHT_WARP * (warp > 0 ? warp : 0)
  }
  const out: Int32Array[] = new Array(N)
  const prox = new Float64Array(N)
  const work = new Float64Array(N)
  for (let a = 0; a < N; a++) {
    for (let b = 0; b < N; b++) {
      const x = oneWay(a, b)
      const y = oneWay(b, a)
      prox[b] = b === a ? Infinity : x < y ? x : y
    }
    const sib = m.taskSibling[a]
    if (sib >= 0) prox[sib] = -1
    // threshold by selection (O(N), not a sort of every task's row), then order only the few below it
    const threshold = K > 0 ? kthSmallest(work, prox, K - 1) : -Infinity
    const picked: number[] = []
    for (let b = 0; b < N; b++) if (prox[b] <= threshold && b !== a) picked.push(b)
    picked.sort((x, y) => prox[x] - prox[y] || x - y)
    out[a] = Int32Array.from(picked.slice(0, K))
  }
  return out
}

/** The k-th smallest value of `values` (0-based), by quickselect on `work` (a scratch copy). */
export function kthSmallest(work: Float64Array, values: Float64Array, k: number): number {
  work.set(values)
  let lo = 0
  let hi = work.length - 1
  while (lo < hi) {
    const pivot = work[(lo + hi) >>> 1]
    let i = lo
    let j = hi
    while (i <= j) {
      while (work[i] < pivot) i++
      while (work[j] > pivot) j--
      if (i <= j) {
        const x = work[i]
        work[i] = work[j]
        work[j] = x
        i++
        j--
      }
    }
    if (k <= j) hi = j
    else if (k >= i) lo = i
    else return work[k]
  }
  return work[k]
}
