import { moduleSteps } from "@rbv/kit"
import { BRAND_MODULE } from "../modules/brand"
import type BrandModuleService from "../modules/brand/service"

/** Write steps of the brand module's models, each with the compensation that undoes it (@rbv/kit moduleSteps). */
export const brandSteps = moduleSteps<BrandModuleService>(BRAND_MODULE)
