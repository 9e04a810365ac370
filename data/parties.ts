import type { MetricsInput } from './schema';

/** Short names go on the chart, full names in tooltips and tables (design.md, "Words and numbers"). */
export const parties = [
  { id: 'ru-aide', short: 'RU stats', name: 'Russian presidential aide, citing Russian statistics' },
  { id: 'itc', short: 'ITC', name: 'International Trade Centre (mirror trade statistics)' },
  { id: 'ru-exporters', short: 'Industry', name: 'Official of a Russian exporters’ association (industry estimate)' },
  { id: 'us-rok', short: 'US & ROK', name: 'US and South Korean officials' },
  { id: 'nis', short: 'NIS', name: 'South Korea’s National Intelligence Service' },
  { id: 'jcs', short: 'JCS', name: 'South Korea’s Joint Chiefs of Staff' },
  { id: 'ukraine', short: 'Ukraine', name: 'President of Ukraine' },
  { id: 'western', short: 'West (BBC)', name: 'Western officials speaking to the BBC' },
  { id: 'uk-di', short: 'UK DI', name: 'UK Defence Intelligence' },
] satisfies MetricsInput['parties'];
