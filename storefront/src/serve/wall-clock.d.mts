export function keepTimeOriginOnWallClock(perf?: Performance, wallNow?: () => number, toleranceMs?: number): () => void
