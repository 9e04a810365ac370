import type { ChartState } from './chart-state';

/**
 * An option that makes sense only beside some values of another setting (a kind of flow only in
 * the directions it goes), and why, for the reader.
 */
export type OnlyWith = { key: string; values: readonly string[]; reason: string };
type SettableControl = { key: string; options: { value: string; onlyWith?: OnlyWith }[] };

/** Whether an option can be chosen beside the rest of the state. */
export const optionAvailable = (option: { onlyWith?: OnlyWith }, state: ChartState): boolean =>
  !option.onlyWith || option.onlyWith.values.includes((state as Record<string, string>)[option.onlyWith.key]);

/**
 * The state with every setting whose value no longer fits the others put back to its default (the
 * first option), so a view never shows an empty highlight; the same object if all fit. One pass is
 * enough because a default always fits (chart-controls gives defaults no onlyWith).
 */
export function settleState<S extends ChartState>(controls: SettableControl[], state: S): S {
  const values = state as Record<string, string>;
  const unfit = controls.filter((c) => {
    const chosen = c.options.find((o) => o.value === values[c.key]);
    return chosen && !optionAvailable(chosen, state);
  });
  return unfit.length ? ({ ...state, ...Object.fromEntries(unfit.map((c) => [c.key, c.options[0].value])) } as S) : state;
}
