/** A plan that cannot be written as a valid file: a fault in a plan builder, not in the user's data. */
export class PlanWriteError extends Error {
  override readonly name = 'PlanWriteError';
}
