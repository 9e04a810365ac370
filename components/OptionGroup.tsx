'use client';

import { useState } from 'react';
import type { Control, ControlOption } from '@/lib/chart-controls';
import { inPage } from './in-page-link';

type Props = {
  control: Control;
  value: string;
  /** Why an option cannot be chosen now, or undefined where it can. */
  unavailable?: (option: ControlOption) => string | undefined;
  /** The URL of the view an option leads to: the options are then links, which work without scripts too. */
  href?: (value: string) => string;
  onChoose: (value: string) => void;
  /** The label on a line of its own, above the options: where the row is narrow (a menu). */
  stacked?: boolean;
};

/** An option's shape, a finger's height on a touch screen; its colours say whether it is chosen. */
export const optionShape = 'inline-flex min-h-6 items-center rounded border px-2 py-1 pointer-coarse:min-h-11';
export const optionColours = { chosen: 'border-ink bg-ink text-page', other: 'border-rule bg-panel text-ink' };

/**
 * One labelled row of pressed/unpressed buttons: a chart's setting. Pressing an option that cannot
 * be chosen now says why beside the row, as a tap has no hover to show its title.
 */
export function OptionGroup({ control, value, unavailable = () => undefined, href, onChoose, stacked = false }: Props) {
  const [why, setWhy] = useState('');
  return (
    <div role="group" aria-label={control.label} className="flex flex-wrap items-center gap-1 text-sm">
      <span className={`mr-1 text-muted ${stacked ? 'basis-full' : ''}`}>{control.label}</span>
      {control.options.map((option) => {
        const active = value === option.value;
        const reason = unavailable(option);
        const choose = () => {
          setWhy(reason === undefined ? '' : `${option.label}: ${reason}`);
          if (reason === undefined) onChoose(option.value);
        };
        const props = {
          'aria-pressed': active,
          // Not `disabled`: a keyboard reader still reaches the option and hears why it cannot be chosen.
          'aria-disabled': reason !== undefined || undefined,
          title: reason,
          'data-control': control.key,
          'data-value': option.value,
          className: `${optionShape} aria-disabled:cursor-not-allowed aria-disabled:opacity-50 ${active ? optionColours.chosen : `${optionColours.other} not-aria-disabled:hover:border-ink`}`,
        };
        const label = (
          <>
            {option.label}
            {reason !== undefined && <span className="sr-only">{` (${reason})`}</span>}
          </>
        );
        return href && reason === undefined ? (
          <a key={option.value} href={href(option.value)} role="button" {...props} {...inPage(choose)}>
            {label}
          </a>
        ) : (
          <button key={option.value} type="button" {...props} onClick={choose}>
            {label}
          </button>
        );
      })}
      {why && (
        <span role="status" className="basis-full text-xs text-muted" data-unavailable-reason>
          {why}
        </span>
      )}
    </div>
  );
}
