import { partLayout } from "@/modules/common/client-messages"

/** Sends the browser the messages of the cart's quantity and remove forms (the shell's come from the root layout). */
export default partLayout("cart")
