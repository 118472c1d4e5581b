// POST /logistics/me/password { current_password, new_password } → the signed-in volunteer changes their own password.
import { postOwnPassword } from "@rbv/kit"

export const POST = postOwnPassword
