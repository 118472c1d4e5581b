import { partLayout } from "@/modules/common/client-messages"
// Its own rules after the shop's: a page of the shop (cached, on every phone) does not carry them.
import "./bottega.css"

/** Sends the browser the messages of the makers' forms (the shell's come from the root layout). */
export default partLayout("bottega")
