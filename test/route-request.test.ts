import { describe, expect, it } from 'vitest';
import { routeRequest } from '@/lib/route-request';

const routed = (address: string, method = 'GET', dev = false) => routeRequest({ method, url: new URL(address, 'http://site.test'), routerRequest: false, dev });
const notFound = (frameable = false) => ({ answer: 'page', target: '/not-a-chart', route: '/_not-found', frameable });

describe('what each address is answered with', () => {
  it('serves a link from the page prerendered for its view, with that page’s policy', () => {
    expect(routed('/charts/trade?scale=log')).toEqual({ answer: 'page', target: '/charts/trade/chart.log.on.system', route: '/charts/trade/chart.log.on.system', frameable: false });
    expect(routed('/embed/flows?direction=nk-to-ru')).toMatchObject({ answer: 'page', frameable: true });
    expect(routed('/')).toEqual({ answer: 'page', target: null, route: '/', frameable: false });
    expect(routed('/?theme=dark')).toEqual({ answer: 'page', target: '/home/dark', route: '/home/dark', frameable: false });
  });

  it('redirects any other spelling of a link to its one address, for good; one with a setting it cannot use for now, saying so in a chart page’s fragment', () => {
    expect(routed('/Charts/Trade?SCALE=LOG')).toEqual({ answer: 'redirect', location: '/charts/trade?scale=log', status: 308 });
    expect(routed('/charts/trade/chart.log.on.system')).toEqual({ answer: 'redirect', location: '/charts/trade?scale=log', status: 308 });
    expect(routed('/charts')).toEqual({ answer: 'redirect', location: '/', status: 308 });
    expect(routed('/Charts/?theme=Dark')).toEqual({ answer: 'redirect', location: '/?theme=dark', status: 308 });
    expect(routed('/?THEME=Dark')).toEqual({ answer: 'redirect', location: '/?theme=dark', status: 308 });
    expect(routed('/?theme=system')).toEqual({ answer: 'redirect', location: '/', status: 308 });
    expect(routed('/Charts/trade')).toEqual({ answer: 'redirect', location: '/charts/trade', status: 308 });
    expect(routed('/embed/trade/table.log.on.dark')).toEqual({ answer: 'redirect', location: '/embed/trade?scale=log&theme=dark', status: 308 });
    expect(routed('/charts/trade?scale=cubic')).toEqual({ answer: 'redirect', location: '/charts/trade#unused=invalid.scale', status: 307 });
    expect(routed('/embed/trade?scale=cubic')).toEqual({ answer: 'redirect', location: '/embed/trade', status: 307 });
    expect(routed('/?utm_source=feed')).toEqual({ answer: 'redirect', location: '/', status: 307 });
  });

  it('gives the 404 page, framed for an embed, to what is no chart, and refuses what is not ours', () => {
    expect(routed('/charts/pie')).toEqual(notFound());
    expect(routed('/embed/pie')).toEqual(notFound(true));
    expect(routed('/embed/trade/no.such.view')).toEqual(notFound(true));
    expect(routed('/charts/%E0%A4%A')).toEqual(notFound());
    expect(routed('/charts/%E0%A4%A/image.png')).toEqual(notFound());
    expect(routed('/home/dark')).toEqual(notFound());
    expect(routed('/api/chart-data?chart=trade&format=csv')).toEqual({ answer: 'refuse', status: 404, message: 'No such file.' });
    expect(routed('/', 'POST')).toEqual({ answer: 'method' });
    expect(routed('/charts/trade?scale=log', 'HEAD')).toMatchObject({ answer: 'page', target: '/charts/trade/chart.log.on.system' });
    expect(routeRequest({ method: 'GET', url: new URL('http://site.test/charts/trade'), routerRequest: true, dev: false })).toMatchObject({ answer: 'refuse', status: 400 });
    // The development server's own paths reach it.
    expect(routed('/__nextjs_original-stack-frame', 'GET', true)).toEqual({ answer: 'page', target: null, route: '/_not-found', frameable: false });
  });

  it('passes files to their routes, the icon and fonts as files whose names stay from build to build', () => {
    expect(routed('/charts/trade/data.csv')).toEqual({ answer: 'file', briefly: false });
    expect(routed('/icon.svg')).toEqual({ answer: 'file', briefly: true });
    expect(routed('/fonts/inter-400.woff2')).toEqual({ answer: 'public', briefly: true });
    expect(routed('/drawings/x/trade.html')).toEqual({ answer: 'public', briefly: false });
    expect(routed('/CHARTS/Trade/image.png?SCALE=LOG&density=1')).toEqual({ answer: 'redirect', location: '/charts/trade/image.png?scale=log', status: 308 });
    // A chart's name percent-encoded is the chart, as on its page.
    expect(routed('/charts/tr%61de/image.png?scale=log')).toEqual({ answer: 'redirect', location: '/charts/trade/image.png?scale=log', status: 308 });
    expect(routed('/charts/%74rade/data.csv')).toEqual({ answer: 'redirect', location: '/charts/trade/data.csv', status: 308 });
  });
});
