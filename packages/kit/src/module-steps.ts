import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Container = { resolve<T>(key: string): T }

/** The fields an update is about to change, as they are now: what its compensation writes back. */
export function previousValues<T extends { id: string }>(current: Record<string, unknown>, update: T): T {
  return { ...Object.fromEntries(Object.keys(update).map((key) => [key, current[key]])), id: update.id } as T
}

/**
 * The three write steps every model of a module needs, as Medusa's own core-flows write them
 * (`createStep` with a compensation that undoes the write), for the service registered under
 * `moduleKey`. Each step names the service's methods it uses; everything else is said once here.
 */
export function moduleSteps<Service>(moduleKey: string) {
  const serviceOf = (container: Container) => container.resolve<Service>(moduleKey)
  return {
    /** Creates records; the compensation deletes them. */
    create: <Input, Created extends { id: string }>(
      stepId: string,
      create: (service: Service, input: Input) => Promise<Created[]>,
      remove: (service: Service, ids: string[]) => Promise<unknown>
    ) =>
      createStep(
        stepId,
        async (input: Input, { container }) => {
          const created = await create(serviceOf(container), input)
          return new StepResponse(created, created.map((c) => c.id))
        },
        async (ids, { container }) => {
          if (!ids?.length) return
          await remove(serviceOf(container), ids)
        }
      ),

    /** Updates one record; the compensation writes back the fields it changed, as they were. */
    update: <Input extends { id: string }, Updated>(
      stepId: string,
      retrieve: (service: Service, id: string) => Promise<object>,
      update: (service: Service, input: Input) => Promise<Updated>
    ) =>
      createStep(
        stepId,
        async (input: Input, { container }) => {
          const service = serviceOf(container)
          // Not typed as Input: what the compensation gets back is a plain record of those fields.
          const previous: { id: string } & Record<string, unknown> = previousValues((await retrieve(service, input.id)) as Record<string, unknown>, input)
          return new StepResponse(await update(service, input), previous)
        },
        async (previous, { container }) => {
          if (!previous) return
          await update(serviceOf(container), previous as Input)
        }
      ),

    /** Soft-deletes one record; the compensation restores it. */
    softDelete: (
      stepId: string,
      softDelete: (service: Service, id: string) => Promise<unknown>,
      restore: (service: Service, id: string) => Promise<unknown>
    ) =>
      createStep(
        stepId,
        async (input: { id: string }, { container }) => {
          await softDelete(serviceOf(container), input.id)
          return new StepResponse(input.id, input.id)
        },
        async (id, { container }) => {
          if (!id) return
          await restore(serviceOf(container), id)
        }
      ),
  }
}
