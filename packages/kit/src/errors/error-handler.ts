import { errorHandler, type MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BAD_PATH } from "../path-guard"
import { apiErrorResponse } from "./api-error"

/**
 * The API's error handler (`defineMiddlewares({ errorHandler })` of every plugin; Medusa keeps
 * one for the whole app, so each plugin sets the same). Every 4xx answers
 * `{ type, code, field?, errors?, message }`, a superset of Medusa's body, so core routes and
 * clients that read only `message` keep working. 5xx stay Medusa's (logged, no detail leaked).
 * A path Express cannot decode is the client's mistake (400), not a server error: Medusa mounts
 * its own wildcard middlewares (e.g. under /admin) before any plugin's, and the router decodes
 * their parameters — throwing — before `pathGuard` runs.
 */
export function apiErrorHandler(): MedusaErrorHandlerFunction {
  const medusa = errorHandler()
  return (err, req, res, next) => {
    if (err instanceof URIError) {
      res.status(400).json({ ...BAD_PATH, message: "path: a path segment is not valid percent-encoding" })
      return
    }
    const { statusCode, body } = apiErrorResponse(err, req)
    if (statusCode >= 500) return medusa(err, req, res, next)
    const logger = req.scope?.resolve?.(ContainerRegistrationKeys.LOGGER) ?? console
    logger.info(`${statusCode} ${body.code} at ${req.path}: ${body.message}`)
    res.status(statusCode).json(body)
  }
}
