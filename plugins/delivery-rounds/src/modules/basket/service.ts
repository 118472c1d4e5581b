import { MedusaService } from "@medusajs/framework/utils"
import { Basket } from "./models/basket"
import { BasketLine } from "./models/basket-line"
import { BasketPlacement } from "./models/basket-placement"
import { BasketSkip } from "./models/basket-skip"

class BasketModuleService extends MedusaService({ Basket, BasketLine, BasketSkip, BasketPlacement }) {}

export default BasketModuleService
