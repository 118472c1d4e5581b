import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Container = { resolve<T>(key: string): T }

/** The fields an update is about to change, as they are now: what its compensation writes back. */
export function previousValues<T extends { id: string }>(current: Record<string, unknown>, update: T): T {
  return { ...Object.fromEntries(Object.keys(update).map((key) => [key, current[key]])), id: update.id } as T
}

/**
 * The write steps every model of a module needs, as Medusa's own core-flows write them
 * (`createStep` with a compensation that undoes the write), for the service registered under
 * `moduleKey`. Each step names the service's methods it uses; everything else is said once here.
 */
export function moduleSteps<Service>(moduleKey: string) {
  const serviceOf = (container: Container) => container.resolve<Service>(moduleKey)
  /**
   * One step on the service: `run` gives the output and what `undo` needs (nothing to undo when that
   * is empty); it also has the container, for the reads and notifications around its write.
   */
  const serviceStep = <Input, Output, Undo>(
    stepId: string,
    run: (service: Service, input: Input, container: MedusaContainer) => Promise<[Output, Undo]>,
    undo: (service: Service, data: NonNullable<Undo>) => Promise<unknown>
  ) =>
    createStep(
      stepId,
      async (input: Input, { container }) => {
        const [output, data] = await run(serviceOf(container), input, container)
        // Medusa types the compensation's data as `Undo extends undefined ? Output : Undo`, which
        // TypeScript leaves unresolved for a type parameter; every Undo here is a defined value.
        return new StepResponse(output, data as Undo extends undefined ? Output : Undo)
      },
      async (data: Undo | undefined, { container }) => {
        if (data == null || (Array.isArray(data) && !data.length)) return
        await undo(serviceOf(container), data as NonNullable<Undo>)
      }
    )
  return {
    /** A write of its own (several records, a status change): `run` returns [output, what undo needs]. */
    step: serviceStep,

    /** Creates records; the compensation deletes them. */
    create: <Input, Created extends { id: string }>(
      stepId: string,
      create: (service: Service, input: Input) => Promise<Created[]>,
      remove: (service: Service, ids: string[]) => Promise<unknown>
    ) =>
      serviceStep<Input, Created[], string[]>(
        stepId,
        async (service, input) => {
          const created = await create(service, input)
          return [created, created.map((c) => c.id)]
        },
        remove
      ),

    /** Updates one record; the compensation writes back the fields it changed, as they were. */
    update: <Input extends { id: string }, Updated>(
      stepId: string,
      retrieve: (service: Service, id: string) => Promise<object>,
      update: (service: Service, input: Input) => Promise<Updated>
    ) =>
      // The compensation's data is not typed as Input: it is a plain record of those fields.
      serviceStep<Input, Updated, { id: string } & Record<string, unknown>>(
        stepId,
        async (service, input) => {
          const previous = previousValues((await retrieve(service, input.id)) as Record<string, unknown>, input)
          return [await update(service, input), previous]
        },
        (service, previous) => update(service, previous as Input)
      ),

    /**
     * Creates the record, or updates the one `find` returns with the same `fields`; the
     * compensation deletes what it created or writes back the fields it changed, as they were.
     */
    upsert: <Input, Fields extends object, Key extends object, Saved extends { id: string }>(
      stepId: string,
      spec: {
        find: (service: Service, input: Input) => Promise<({ id: string } & object) | null | undefined>
        /** What both a new and an updated record get. */
        fields: (input: Input) => Fields
        /** What only a new record gets (what it belongs to). */
        key: (input: Input) => Key
        create: (service: Service, data: Key & Fields) => Promise<Saved>
        update: (service: Service, data: { id: string } & Fields) => Promise<Saved>
        remove: (service: Service, id: string) => Promise<unknown>
      }
    ) =>
      serviceStep<Input, Saved, { created?: string; before?: { id: string } & Fields }>(
        stepId,
        async (service, input) => {
          const fields = spec.fields(input)
          const existing = await spec.find(service, input)
          if (existing) {
            const change = { id: existing.id, ...fields }
            const before = previousValues(existing as Record<string, unknown>, change)
            return [await spec.update(service, change), { before }]
          }
          const created = await spec.create(service, { ...spec.key(input), ...fields })
          return [created, { created: created.id }]
        },
        async (service, { created, before }) => {
          if (created) await spec.remove(service, created)
          if (before) await spec.update(service, before)
        }
      ),

    /** Soft-deletes one record; the compensation restores it. */
    softDelete: (
      stepId: string,
      softDelete: (service: Service, id: string) => Promise<unknown>,
      restore: (service: Service, id: string) => Promise<unknown>
    ) =>
      serviceStep<{ id: string }, string, string>(
        stepId,
        async (service, input) => {
          await softDelete(service, input.id)
          return [input.id, input.id]
        },
        restore
      ),
  }
}
