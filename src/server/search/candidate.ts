import type { Meeting } from '../../shared/api';

/**
 * A meeting a provider returned for a search, with what matching and the graph need and the
 * client never sees: attendees, addresses, the series it belongs to. Lives only in memory.
 */
export interface SearchCandidate {
  meeting: Meeting;
  attendees: ReadonlyArray<{ name?: string; email?: string }>;
  organizerEmail?: string;
  /** The provider's series master id or iCalUId (hashed before the graph stores it). */
  seriesId?: string;
}
