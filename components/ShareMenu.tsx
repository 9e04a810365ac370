'use client';

import { useEffect, useRef, useState } from 'react';
import { type ChartState, type ThemeChoice } from '@/lib/chart-state';
import { chartPath } from '@/lib/chart-url';
import { embedSnippet, type EmbedHeights } from '@/lib/embed';
import { formatDay } from '@/lib/format';
import { themeShown } from '@/lib/palette';
import { siteOrigin } from '@/lib/site';
import { useChartView } from './ChartStateProvider';
import { OptionGroup } from './OptionGroup';
import { ToolbarMenu } from './ToolbarMenu';

/** The host page fixes the embed's theme: its own readers' system theme could clash with the page around it. */
const embedThemes = {
  key: 'embed-theme',
  label: 'Embed theme',
  options: [
    { value: 'light', label: 'Light' },
    { value: 'dark', label: 'Dark' },
    { value: 'system', label: 'Reader’s system' },
  ],
};

const quietButton = 'min-h-6 rounded border border-rule bg-panel px-2 py-1 text-ink hover:border-ink pointer-coarse:min-h-11';
const copyField = 'mt-1 w-full rounded border border-rule bg-panel px-2 py-1 text-xs text-ink';

/**
 * The reader's day, as the site writes dates ("7 Dec 2026"). Not toLocaleDateString: the first Intl
 * call loads locale data, 20–30 ms of main thread (four times that on a phone) just after hydration.
 */
const today = (d = new Date()) => formatDay(`${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`);

type Props = { title: string; embedHeights: EmbedHeights; /** The citation up to the link (lib/page-meta citationOf). */ citeAs: string };

/** Share a chart as it looks now: copy its link, the system share sheet, an embed snippet or a citation. */
export function ShareMenu({ title, embedHeights, citeAs }: Props) {
  const { chart, state } = useChartView();
  const [day, setDay] = useState('');
  const [canShare, setCanShare] = useState(false);
  // What a copy was of, and what it said: the message stands while that text is still shown.
  const [copied, setCopied] = useState<{ text: string; message: string } | null>(null);
  const [embedTheme, setEmbedTheme] = useState<ThemeChoice>('light');
  // Known only in the browser; read after hydration so server and client render the same first.
  useEffect(() => {
    setDay(today());
    setCanShare(typeof navigator.share === 'function');
  }, []);

  // The site's public address, as the canonical link names it, not the one this copy happens to be reached at.
  const link = `${siteOrigin}${chartPath(chart, state)}`;
  const embed = embedSnippet(siteOrigin, chart, { ...state, theme: embedTheme } as ChartState, title, embedHeights);
  const citation = day ? `${citeAs} ${link} (accessed ${day}).` : `${citeAs} ${link}.`;
  const status = copied && [link, embed, citation].includes(copied.text) ? copied.message : '';

  const copy = async (text: string, field: HTMLInputElement | HTMLTextAreaElement | null, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied({ text, message: `${what} copied to the clipboard.` });
    } catch {
      // No clipboard permission: select the text so the reader can copy it with the keyboard.
      field?.focus();
      field?.select();
      setCopied({ text, message: `${what} selected: press Ctrl+C (or ⌘C) to copy.` });
    }
  };
  const linkField = useRef<HTMLInputElement>(null);
  const embedField = useRef<HTMLTextAreaElement>(null);
  const citationField = useRef<HTMLTextAreaElement>(null);

  return (
    // Until the scripts run, or where they never do, the link, embed code and citation are there to select and copy
    // by hand; copying, and the embed's theme, need them (data-needs-scripts).
    <ToolbarMenu label="Share" context={title} width="20rem" onOpen={() => setEmbedTheme(themeShown(state))}>
      {({ id }) => (
        <>
          <label className="block text-muted" htmlFor={`${id}-link`}>
            Link to this view
          </label>
          <div className="mt-1 flex gap-1">
            <input ref={linkField} id={`${id}-link`} readOnly value={link} onFocus={(e) => e.currentTarget.select()} className="min-w-0 flex-1 rounded border border-rule bg-panel px-2 py-1 text-ink" data-share-link />
            <button type="button" onClick={() => copy(link, linkField.current, 'Link')} className="min-h-6 rounded border border-ink bg-ink px-2 py-1 text-page pointer-coarse:min-h-11" data-needs-scripts>
              Copy link
            </button>
          </div>
          {canShare && (
            <button
              type="button"
              onClick={() => navigator.share({ title: title, url: link }).catch(() => undefined)}
              className={`mt-2 ${quietButton}`}
            >
              Share…
            </button>
          )}
          <div className="mt-3" data-needs-scripts>
            <OptionGroup control={embedThemes} value={embedTheme} onChoose={(value) => setEmbedTheme(value as ThemeChoice)} stacked />
          </div>
          <label className="mt-2 block text-muted" htmlFor={`${id}-embed`}>
            Embed code
          </label>
          <textarea ref={embedField} id={`${id}-embed`} readOnly rows={3} value={embed} onFocus={(e) => e.currentTarget.select()} className={`${copyField} font-mono`} data-share-embed />
          <button type="button" onClick={() => copy(embed, embedField.current, 'Embed code')} className={`mt-1 ${quietButton}`} data-needs-scripts>
            Copy embed code
          </button>
          <label className="mt-3 block text-muted" htmlFor={`${id}-cite`}>
            Cite this view
          </label>
          <textarea ref={citationField} id={`${id}-cite`} readOnly rows={3} value={citation} onFocus={(e) => e.currentTarget.select()} className={copyField} data-share-cite />
          <button type="button" onClick={() => copy(citation, citationField.current, 'Citation')} className={`mt-1 ${quietButton}`} data-needs-scripts>
            Copy citation
          </button>
          <p role="status" aria-live="polite" className="mt-2 min-h-5 text-muted" data-share-status>
            {status}
          </p>
        </>
      )}
    </ToolbarMenu>
  );
}
