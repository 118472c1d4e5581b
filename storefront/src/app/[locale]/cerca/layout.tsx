import { partLayout } from "@/modules/common/client-messages"

/** Sends the browser the messages of the search box's suggestions (the shell's come from the root layout). */
export default partLayout("catalogue")
