import { archiveHandler } from "../../archive-handler"

export const POST = archiveHandler(false)
