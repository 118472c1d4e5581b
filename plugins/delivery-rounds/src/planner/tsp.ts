import type { Model } from "./model"
import { kthSmallest } from "./neighbours"
import { createRng } from "./rng"

/** Kicks that end up at most this share of an average edge longer are accepted half the time. */
const ACCEPT_SLACK = 0.2

export interface TspOptions {
  seed: number
  deadline: number
  maxIterations: number
  now: () => number
}

/**
 * A problem is a plain symmetric TSP when one vehicle returns to its start, with no binding
 * time windows, capacities, shipments, skills or max_tasks: then a dedicated 2-opt + Or-opt
 * iterated local search does far better than generic insertion.
 */
export function isTspLike(m: Model): boolean {
  if (m.nVehicles !== 1 || m.hasShipments || m.nTasks < 8) return false
  if (m.vStart[0] < 0 || m.vStart[0] !== m.vEnd[0] || m.vTwEnd[0] !== Infinity) return false
  if (m.vMaxTasks[0] < m.nTasks) return false
  for (let t = 0; t < m.nTasks; t++) {
    if (!m.allowed[t]) return false
    for (let k = m.twOff[t]; k < m.twOff[t + 1]; k++) if (m.twEnd[k] !== Infinity) return false
  }
  const D = m.dims
  for (let d = 0; d < D; d++) {
    let s = 0
    for (let t = 0; t < m.nTasks; t++) s += m.taskStartLoad[t * D + d] + m.taskAdd[t * D + d]
    if (s > m.vCapacity[d]) return false
  }
  const tr = m.travels[0]
  const n = tr.size
  const c = tr.cost
  const locs = [m.vStart[0], ...Array.from(m.taskLoc)]
  for (const a of locs) for (const b of locs) if (Math.abs(c[a * n + b] - c[b * n + a]) > 1e-9) return false
  return true
}

/** Iterated local search (2-opt + Or-opt with neighbour lists and segment-shuffle kicks). */
export function solveTsp(m: Model, opts: TspOptions): number[][] {
  const N = m.nTasks + 1 // node 0 is the depot, node i the task i-1
  const tr = m.travels[0]
  const n = tr.size
  const locOf = new Int32Array(N)
  locOf[0] = m.vStart[0]
  for (let t = 0; t < m.nTasks; t++) locOf[t + 1] = m.taskLoc[t]
  const dist = new Float64Array(N * N)
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) dist[i * N + j] = tr.cost[locOf[i] * n + locOf[j]]
  const d = (a: number, b: number) => dist[a * N + b]
  const rand = createRng(opts.seed)

  // neighbour lists
  const K = Math.min(N - 1, 10)
  const nbr = new Int32Array(N * K)
  {
    const row = new Float64Array(N)
    const work = new Float64Array(N)
    for (let a = 0; a < N; a++) {
      for (let b = 0; b < N; b++) row[b] = b === a ? Infinity : d(a, b)
      // the K-th smallest by selection: the same threshold as sorting the row, in O(N) not O(N log N)
      const threshold = kthSmallest(work, row, K - 1)
      const picked: number[] = []
      for (let b = 0; b < N; b++) if (row[b] <= threshold) picked.push(b)
      picked.sort((x, y) => row[x] - row[y] || x - y)
      for (let k = 0; k < K; k++) nbr[a * K + k] = picked[k]
    }
  }

  // nearest-neighbour construction
  let tour = new Int32Array(N)
  const pos = new Int32Array(N)
  {
    const used = new Uint8Array(N)
    let cur = 0
    used[0] = 1
    for (let i = 1; i < N; i++) {
      let best = -1
      let bd = Infinity
      for (let k = 0; k < K; k++) {
        const c = nbr[cur * K + k]
        if (!used[c] && d(cur, c) < bd) {
          bd = d(cur, c)
          best = c
        }
      }
      if (best < 0) {
        for (let c = 0; c < N; c++) {
          if (!used[c] && d(cur, c) < bd) {
            bd = d(cur, c)
            best = c
          }
        }
      }
      tour[i] = best
      used[best] = 1
      cur = best
    }
  }
  for (let i = 0; i < N; i++) pos[tour[i]] = i
  const succ = (a: number) => tour[pos[a] + 1 === N ? 0 : pos[a] + 1]
  const pred = (a: number) => tour[pos[a] === 0 ? N - 1 : pos[a] - 1]

  /** Reverses the tour path from position i forward to position j (inclusive), or its complement. */
  const reverse = (i: number, j: number) => {
    let len = j - i
    if (len < 0) len += N
    len += 1
    if (len * 2 > N) {
      const ni = j + 1 === N ? 0 : j + 1
      const nj = i === 0 ? N - 1 : i - 1
      i = ni
      j = nj
      len = N - len
    }
    for (let k = 0; k < len >> 1; k++) {
      const a = tour[i]
      const b = tour[j]
      tour[i] = b
      pos[b] = i
      tour[j] = a
      pos[a] = j
      i = i + 1 === N ? 0 : i + 1
      j = j === 0 ? N - 1 : j - 1
    }
  }

  const queue: number[] = []
  const inQueue = new Uint8Array(N)
  const push = (a: number) => {
    if (!inQueue[a]) {
      inQueue[a] = 1
      queue.push(a)
    }
  }
  const seg = new Int32Array(3)

  /** Moves the segment at positions [i, i+L) to between c and succ(c), possibly reversed. */
  const moveSegment = (i: number, L: number, c: number, reversed: boolean) => {
    for (let k = 0; k < L; k++) seg[k] = tour[(i + k) % N]
    const j = (i + L - 1) % N
    const pc = pos[c]
    // forward distance from segment end to c
    let fwd = pc - j
    if (fwd < 0) fwd += N
    let bwd = i - pc - 1
    if (bwd < 0) bwd += N
    if (fwd <= bwd) {
      // shift elements j+1 .. pc left by L, segment goes after them
      let src = (j + 1) % N
      let dst = i
      for (let k = 0; k < fwd; k++) {
        const x = tour[src]
        tour[dst] = x
        pos[x] = dst
        src = src + 1 === N ? 0 : src + 1
        dst = dst + 1 === N ? 0 : dst + 1
      }
      for (let k = 0; k < L; k++) {
        const x = reversed ? seg[L - 1 - k] : seg[k]
        tour[dst] = x
        pos[x] = dst
        dst = dst + 1 === N ? 0 : dst + 1
      }
    } else {
      // shift elements pc+1 .. i-1 right by L, segment goes before them
      let src = i === 0 ? N - 1 : i - 1
      let dst = j
      for (let k = 0; k < bwd; k++) {
        const x = tour[src]
        tour[dst] = x
        pos[x] = dst
        src = src === 0 ? N - 1 : src - 1
        dst = dst === 0 ? N - 1 : dst - 1
      }
      for (let k = L - 1; k >= 0; k--) {
        const x = reversed ? seg[L - 1 - k] : seg[k]
        tour[dst] = x
        pos[x] = dst
        dst = dst === 0 ? N - 1 : dst - 1
      }
    }
  }

  const EPS = 1e-10
  const improveCity = (a: number): number => {
    // 2-opt, both directions
    for (let dir = 0; dir < 2; dir++) {
      const b = dir === 0 ? succ(a) : pred(a)
      const dab = d(a, b)
      for (let k = 0; k < K; k++) {
        const c = nbr[a * K + k]
        const dac = d(a, c)
        if (dac >= dab) break
        const dd = dir === 0 ? succ(c) : pred(c)
        if (c === b || dd === a) continue
        const delta = dac + d(b, dd) - dab - d(c, dd)
        if (delta < -EPS) {
          if (dir === 0) reverse(pos[b], pos[c])
          else reverse(pos[a], pos[dd])
          push(a)
          push(b)
          push(c)
          push(dd)
          return delta
        }
      }
    }
    // Or-opt: move a segment of 1..3 cities starting or ending at a
    for (let L = 1; L <= 3 && L < N - 2; L++) {
      for (let side = 0; side < 2; side++) {
        const i = side === 0 ? pos[a] : (pos[a] - L + 1 + N) % N
        const s1 = tour[i]
        const se = tour[(i + L - 1) % N]
        const p = tour[(i - 1 + N) % N]
        const nx = tour[(i + L) % N]
        const removeGain = d(p, s1) + d(se, nx) - d(p, nx)
        if (removeGain <= EPS) continue
        for (let end = 0; end < 2; end++) {
          const x = end === 0 ? s1 : se
          for (let k = 0; k < K; k++) {
            const c = nbr[x * K + k]
            if (d(x, c) >= removeGain) break
            // c must be outside the segment
            let off = pos[c] - i
            if (off < 0) off += N
            if (off < L) continue
            // try inserting between c and succ(c), and between pred(c) and c
            for (let w = 0; w < 2; w++) {
              const u = w === 0 ? c : pred(c)
              const v = w === 0 ? succ(c) : c
              let offU = pos[u] - i
              if (offU < 0) offU += N
              let offV = pos[v] - i
              if (offV < 0) offV += N
              if (offU < L || offV < L || u === p) continue
              const base = d(u, v)
              const fwdCost = d(u, s1) + d(se, v) - base
              const revCost = d(u, se) + d(s1, v) - base
              const add = fwdCost < revCost ? fwdCost : revCost
              const delta = add - removeGain
              if (delta < -EPS) {
                moveSegment(i, L, u, revCost < fwdCost)
                push(p)
                push(nx)
                push(s1)
                push(se)
                push(u)
                push(v)
                return delta
              }
            }
          }
        }
      }
    }
    return 0
  }

  /** Improves until no city's move helps, or the deadline (read every 16 cities) has passed. */
  const localSearch = () => {
    let k = 0
    while (queue.length > 0) {
      if ((++k & 15) === 0 && opts.now() >= opts.deadline) return
      const a = queue.pop()!
      inQueue[a] = 0
      improveCity(a)
    }
  }
  const tourLength = () => {
    let s = 0
    for (let i = 0; i < N; i++) s += d(tour[i], tour[i + 1 === N ? 0 : i + 1])
    return s
  }

  for (let a = N - 1; a >= 0; a--) push(a)
  localSearch()
  let curLen = tourLength()
  let best = tour.slice()
  let bestLen = curLen
  const saved = new Int32Array(N)
  const window = new Int32Array(N)

  // iterated local search with local segment-shuffle kicks (a double bridge on nearby segments)
  let iter = 0
  while (N >= 8) {
    if (iter >= opts.maxIterations) break
    if ((iter & 15) === 0 && opts.now() >= opts.deadline) break
    iter++
    saved.set(tour)
    const maxSeg = Math.max(1, Math.min(50, Math.floor(N / 8)))
    const L1 = 1 + Math.floor(rand() * maxSeg)
    const L2 = 1 + Math.floor(rand() * maxSeg)
    const L3 = 1 + Math.floor(rand() * maxSeg)
    const start = Math.floor(rand() * N)
    const total = L1 + L2 + L3
    if (total >= N) continue
    // A B C -> A C B within the window (A is L1 long)
    for (let k = 0; k < total; k++) window[k] = tour[(start + k) % N]
    let w = 0
    const put = (x: number) => {
      const p = (start + w++) % N
      tour[p] = x
      pos[x] = p
    }
    for (let k = 0; k < L1; k++) put(window[k])
    for (let k = 0; k < L3; k++) put(window[L1 + L2 + k])
    for (let k = 0; k < L2; k++) put(window[L1 + k])
    const before = d(window[L1 - 1], window[L1]) + d(window[L1 + L2 - 1], window[L1 + L2]) +
      d(window[total - 1], tour[(start + total) % N])
    const after = d(window[L1 - 1], window[L1 + L2]) + d(window[total - 1], window[L1]) +
      d(window[L1 + L2 - 1], tour[(start + total) % N])
    let len = curLen + after - before
    for (const x of [window[L1 - 1], window[L1], window[L1 + L2 - 1], window[L1 + L2], window[total - 1], tour[(start + total) % N]]) push(x)
    while (queue.length > 0) {
      const a = queue.pop()!
      inQueue[a] = 0
      len += improveCity(a)
    }
    const slack = ACCEPT_SLACK * (curLen / N)
    if (len < curLen - EPS || (len <= curLen + EPS + slack && rand() < 0.5)) {
      curLen = len
      if (len < bestLen - EPS) {
        bestLen = len
        best = tour.slice()
      }
    } else {
      tour.set(saved)
      for (let i = 0; i < N; i++) pos[tour[i]] = i
    }
  }
  tour = best
  // rotate so the depot is first
  const z = tour.indexOf(0)
  const route: number[] = []
  for (let k = 1; k < N; k++) route.push(tour[(z + k) % N] - 1)
  return [route]
}
