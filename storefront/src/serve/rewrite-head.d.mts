import type { ServerResponse } from "node:http"
export function rewriteHead<T extends ServerResponse>(res: T, transform: (head: string) => string, afterWrite?: () => void): T
