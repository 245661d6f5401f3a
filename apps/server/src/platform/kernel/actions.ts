/**
 * The action dispatcher of a module record: one handler per action type, each in its own file
 * under the module's `actions/`, all run inside the record's transaction by the module's one
 * `act-on-<record>` use case (which checks the policy, locks the record and reads it back).
 * The table's type makes it exhaustive: an action added to the contract without a handler
 * fails the type check instead of falling through at run time.
 */
export type ActionTable<H, U extends { type: string }> = {
  [K in U['type']]: (h: H, action: Extract<U, { type: K }>) => Promise<void>;
};

/** Runs the handler the table holds for the action's type. */
export function dispatchAction<H, U extends { type: string }>(
  table: ActionTable<H, U>,
  h: H,
  action: U,
): Promise<void> {
  const handler = table[action.type as U['type']] as (h: H, action: U) => Promise<void>;
  return handler(h, action);
}
