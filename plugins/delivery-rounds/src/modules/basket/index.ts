import { Module } from "@medusajs/framework/utils"
import BasketModuleService from "./service"

export const BASKET_MODULE = "basket"

export default Module(BASKET_MODULE, { service: BasketModuleService })
