import { partLayout } from "@/modules/common/client-messages"

/** Sends the browser the messages of the checkout steps (the shell's come from the root layout). */
export default partLayout("checkout")
