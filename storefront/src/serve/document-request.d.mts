export function isDocumentRequest(req: { method?: string; url?: string; headers: Record<string, string | string[] | undefined> }): boolean
