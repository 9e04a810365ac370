import { describe, expect, it } from 'vitest';
import { chartPageScript, scriptLiteral } from '@/lib/chart-page-script';
import { parseState } from '@/lib/parse-state';

/** Runs the script against a stand-in page at `address`, returning where it left the address and the root's theme. */
function run(code: string, address: string) {
  const url = new URL(address, 'http://localhost');
  const replaced: string[] = [];
  const dataset: Record<string, string> = {};
  const page = {
    location: { pathname: url.pathname, search: url.search, hash: url.hash },
    history: { state: null, replaceState: (_state: unknown, _title: string, path: string) => replaced.push(path) },
    document: { documentElement: { dataset } },
  };
  new Function('location', 'history', 'document', code)(page.location, page.history, page.document);
  return { replaced, theme: dataset.theme };
}

describe('chartPageScript', () => {
  it('puts the canonical link in the address bar, keeping the fragment, and the theme on the root', () => {
    const { state } = parseState('trade', { scale: 'LOG', theme: 'Dark' });
    expect(run(chartPageScript('trade', state), '/charts/trade?scale=LOG&theme=Dark#top')).toEqual({
      replaced: ['/charts/trade?scale=log&theme=dark#top'],
      theme: 'dark',
    });
  });

  it('leaves a canonical address and a system theme alone', () => {
    const { state } = parseState('flows', {});
    expect(run(chartPageScript('flows', state), '/charts/flows')).toEqual({ replaced: [], theme: undefined });
  });

  it('writes values that no text can use to close the script tag, and that read back as they were', () => {
    const hostile = '</script><script>alert(1)</script>';
    const written = scriptLiteral(hostile);
    expect(written).not.toMatch(/<\/script/i);
    expect(JSON.parse(written)).toBe(hostile);
  });
});
