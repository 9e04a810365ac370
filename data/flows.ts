import { ref } from './article';
import type { MetricsInput } from './schema';

/** What each country gives the other. The article sizes almost none of these, so neither do we. */
export const flows = [
  { id: 'nk-shells', direction: 'nk-to-ru', kind: 'munitions', label: 'Artillery shells', detail: 'Shells for Russia’s guns in Ukraine, by assessment the larger part of what they fire.', figureIds: ['artillery-share'], source: ref('military') },
  { id: 'nk-rockets', direction: 'nk-to-ru', kind: 'munitions', label: 'Rockets', detail: 'Rockets shipped to Russian forces.', figureIds: [], source: ref('military') },
  { id: 'nk-missiles', direction: 'nk-to-ru', kind: 'munitions', label: 'Missiles', detail: 'Missiles shipped to Russian forces.', figureIds: [], source: ref('military') },
  { id: 'nk-soldiers', direction: 'nk-to-ru', kind: 'people', label: 'Soldiers', detail: 'Combat troops for the battles around Kursk from later in 2024: the country’s first deployment of forces abroad since the Korean War.', figureIds: ['troops-sent'], source: ref('military', 'BBC News') },
  { id: 'nk-drone-workers', direction: 'nk-to-ru', kind: 'people', label: 'Drone workers', detail: 'Thousands of labourers for Russia’s drone factories, which came close to doubling what they can make and now lean less on Iran.', figureIds: [], source: ref('military') },
  { id: 'nk-deminers', direction: 'nk-to-ru', kind: 'people', label: 'Deminers and builders', detail: 'Mine-clearing teams and builders repairing war damage in Kursk.', figureIds: ['deminers-builders'], source: ref('ties') },
  { id: 'nk-forest-mine-workers', direction: 'nk-to-ru', kind: 'people', label: 'Forest and mine workers', detail: 'Thousands of labourers in logging and mining across the Russian Far East.', figureIds: [], source: ref('ties') },
  { id: 'nk-backing', direction: 'nk-to-ru', kind: 'diplomacy', label: 'Backing for the war', detail: 'Support for Russia’s war in Ukraine, including recognition of the annexation of Crimea.', figureIds: [], source: ref('ties') },
  { id: 'ru-pantsir', direction: 'ru-to-nk', kind: 'military-technology', label: 'Pantsir air defence', detail: 'Pantsir air-defence systems.', figureIds: [], source: ref('military') },
  { id: 'ru-drones', direction: 'ru-to-nk', kind: 'military-technology', label: 'Drones', detail: 'Unmanned aircraft, one of the military technologies Russia passes on.', figureIds: [], source: ref('military') },
  { id: 'ru-ew', direction: 'ru-to-nk', kind: 'military-technology', label: 'Electronic-warfare know-how', detail: 'Knowledge of electronic warfare.', figureIds: [], source: ref('military') },
  { id: 'ru-satellite', direction: 'ru-to-nk', kind: 'military-technology', label: 'Satellite imagery', detail: 'Pictures taken from orbit, shared with Pyongyang.', figureIds: [], source: ref('military') },
  { id: 'ru-guidance', direction: 'ru-to-nk', kind: 'military-technology', label: 'Missile guidance', detail: 'Help with guiding missiles, which the article links to better North Korean accuracy.', figureIds: [], source: ref('military') },
  { id: 'ru-currency', direction: 'ru-to-nk', kind: 'resources-money', label: 'Currency', detail: 'Hard currency paid for North Korean weapons.', figureIds: [], source: ref('ties') },
  { id: 'ru-oil-gas', direction: 'ru-to-nk', kind: 'resources-money', label: 'Oil and gas', detail: 'Fuel that eases North Korea’s shortages under sanctions.', figureIds: [], source: ref('ties') },
  { id: 'ru-food', direction: 'ru-to-nk', kind: 'resources-money', label: 'Food', detail: 'Food supplies in return for weapons.', figureIds: [], source: ref('ties') },
  { id: 'ru-technology', direction: 'ru-to-nk', kind: 'resources-money', label: 'Technology', detail: 'Technology in return for weapons; the article does not say of what kind.', figureIds: [], source: ref('ties') },
  { id: 'ru-veto', direction: 'ru-to-nk', kind: 'diplomacy', label: 'UN veto on sanctions', detail: 'At the UN, Russia’s veto shields North Korea from sanctions.', figureIds: [], source: ref('ties') },
] satisfies MetricsInput['flows'];
