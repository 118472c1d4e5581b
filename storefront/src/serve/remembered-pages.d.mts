import type { IncomingMessage, ServerResponse } from "node:http"
export type Remember = ((req: IncomingMessage, res: ServerResponse) => void) & { size(): { pages: number; bytes: number } }
export function rememberedPages(options?: { maxBytes?: number; maxPage?: number }): Remember
