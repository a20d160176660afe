import { SERVICES } from '../../../shared/joinlink';
import { fold } from './fold';

/**
 * Spoken names of the meeting services in the join-link table: each service's name and id, plus
 * the short forms people type. Single-word names that are also everyday words ("Daily", "Pop",
 * "Around") are left out: "daily standup" is not a search for the Daily service.
 */
const EXTRA: Record<string, readonly string[]> = {
  teams: ['teams', 'ms teams', 'msteams', 'teams call', 'teams calls'],
  zoom: ['zoom'],
  'google-meet': ['meet', 'google meet', 'gmeet'],
  hangouts: ['hangouts', 'hangout'],
  webex: ['webex', 'cisco webex'],
  goto: ['goto', 'gotomeeting'],
  slack: ['slack', 'huddle', 'huddles'],
  'skype-for-business': ['lync'],
};
const EVERYDAY = new Set(['pop', 'daily', 'jam', 'venue', 'around', 'gather', 'luma', 'tuple', 'chorus', 'riverside', 'signal', 'element', 'reclaim', 'vowel', 'demio', 'pumble', 'dialpad', 'workplace', 'blizz', 'daily', 'meetecho']);

export interface ServiceName {
  /** Folded words of the name, e.g. `google meet`. */
  folded: string;
  id: string;
}

/** Longest names first, so "google meet" wins over "meet". */
export const SERVICE_NAMES: readonly ServiceName[] = (() => {
  const out = new Map<string, string>();
  for (const s of SERVICES) {
    const names = [s.name, s.id.replace(/-/g, ' '), ...(EXTRA[s.id] ?? [])].map(fold);
    for (const name of names) {
      if (!name.includes(' ') && EVERYDAY.has(name)) continue;
      if (!out.has(name)) out.set(name, s.id);
    }
  }
  return [...out].map(([folded, id]) => ({ folded, id })).sort((a, b) => b.folded.length - a.folded.length);
})();
