// POST /store/account/password { current_password, new_password } → the signed-in resident changes their own password.
import { postOwnPassword } from "@rbv/kit"

export const POST = postOwnPassword
