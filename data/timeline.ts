import { ref } from './article';
import type { MetricsInput } from './schema';

/** The relationship step by step, in order; `date` only where the article gives one (the schema checks their order). */
export const timeline = [
  { id: 'soviet-era', when: 'Cold War', title: 'Soviet patronage', detail: 'Soviet forces occupy the north of Korea, help build the new regime and back it through the Korean War.', figureIds: [], source: ref('history') },
  { id: 'collapse', when: 'After the Soviet Union', title: 'The Soviet Union falls', detail: 'With the Soviet collapse, ties between Moscow and Pyongyang weaken.', figureIds: [], source: ref('history') },
  { id: 'putin', when: 'Under Putin', title: 'Putin takes office', detail: 'Relations slowly start to recover.', figureIds: [], source: ref('history') },
  { id: 'georgia', date: '2008', when: 'From 2008', title: 'Closer after Georgia', detail: 'With the UN turning against it over Georgia, Russia draws nearer to Pyongyang.', figureIds: [], source: ref('history') },
  { id: 'debt', date: '2012', when: '2012', title: 'Debt written off', detail: 'Russia writes off most of what North Korea owed it from the Cold War.', figureIds: ['debt-2012', 'debt-cancelled-share'], source: ref('ties') },
  { id: 'ukraine-war', when: 'War in Ukraine', title: 'Russia invades Ukraine', detail: 'The decisive shift: the war binds Moscow and Pyongyang together far more tightly than before.', figureIds: ['trade-2022'], source: ref('history') },
  { id: 'treaty', date: '2024-06', when: 'Jun 2024', title: 'Comprehensive Strategic Partnership Treaty', detail: 'Signed in Pyongyang, with a clause obliging each side to help the other if attacked.', figureIds: [], source: ref('military') },
  { id: 'kursk', date: '2024', when: 'Later in 2024', title: 'Troops to Kursk', detail: 'North Korean troops join the fighting around Kursk: the first time since the Korean War that the country has sent its forces abroad.', figureIds: ['troops-sent'], source: ref('military', 'BBC News') },
  { id: 'trade-2025', date: '2025', when: '2025', title: 'Trade surges', detail: 'Trade between the two reaches many times its level of 2022 (the article does not say whether its 2025 figure is the whole year or part of it).', figureIds: ['trade-2025'], source: ref('ties') },
  // The article tells of the bridge in the present tense and dates neither its start nor its end: the step is undated.
  // Its list is what the bridge is for, as the article lists it (our wording).
  { id: 'tumen-bridge', when: 'Under way', title: 'Bridging the Tumen by rail', detail: 'Russia is building a rail link across the Tumen River, between the two countries; the article gives no dates for it.', figureIds: ['tumen-bridge-cost'], list: { intro: 'The bridge is meant to bring', items: ['more trade and economic cooperation', 'larger transport volumes', 'lower logistics costs', 'dependable deliveries of goods', 'more tourism'] }, source: ref('ties') },
] satisfies MetricsInput['timeline'];
