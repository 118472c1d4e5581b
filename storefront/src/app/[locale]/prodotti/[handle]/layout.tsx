import { partLayout } from "@/modules/common/client-messages"

/** Sends the browser the messages of the product page's add-to-cart form (the shell's come from the root layout). */
export default partLayout("products")
