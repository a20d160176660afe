/** What a search box query means (brief §3 `query`): dates as ISO UTC instants, the rest as words. */
export interface ParsedQuery {
  /** Words matched as text over title, location, organizer and attendees; may be empty. */
  text: string;
  /** Start of the range the query names (inclusive), ISO 8601 UTC. */
  from?: string;
  /** End of the range (exclusive), ISO 8601 UTC. */
  to?: string;
  /** People named ("with Dana", or a bare name of someone in the fetched window). */
  people: string[];
  /** Meeting service ids from the join-link table (`zoom`, `teams`, `google-meet`, …). */
  services: string[];
}

export interface QueryContext {
  /** The moment the query is asked (ms since the epoch): "tomorrow" is relative to it. */
  now: number;
  /** The caller's IANA time zone: days and hours are the caller's. */
  timeZone: string;
  /** BCP 47; the language part picks the words understood (en, de, fr, ja), English always too. */
  locale: string;
  /** Names of organizers and attendees in the window being searched: bare names match these only. */
  knownPeople?: readonly string[];
}

/** The languages the parser has words for. */
export type QueryLanguage = 'en' | 'de' | 'fr' | 'ja';
