// POST /vendor/me/password { current_password, new_password } → the signed-in member changes their own password.
import { postOwnPassword } from "@rbv/kit"

export const POST = postOwnPassword
