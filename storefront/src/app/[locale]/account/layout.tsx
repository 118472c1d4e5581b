import { partLayout } from "@/modules/common/client-messages"

/** Sends the browser the messages of the sign-in and registration forms (the shell's come from the root layout). */
export default partLayout("account")
