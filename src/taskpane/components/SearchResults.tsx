import { makeStyles, tokens } from '@fluentui/react-components';
import type { RefObject } from 'react';
import type { Meeting, ProviderId } from '../../shared/api';
import type { SearchState } from '../hooks/useSearch';
import type { DisplayOptions } from '../model/display';
import { isHiddenByDefault } from '../model/join';
import { MeetingCard } from './MeetingCard';
import { ErrorState, LoadingState } from './StatusViews';
import { UnderstoodChips } from './UnderstoodChips';

const PROVIDER_NAMES: Record<ProviderId, string> = { 'outlook-calendar': 'Outlook Calendar', 'google-calendar': 'Google Calendar' };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  empty: { margin: 0, padding: `${tokens.spacingVerticalL} 0`, textAlign: 'center', color: tokens.colorNeutralForeground2 },
});

export interface SearchResultsProps {
  search: SearchState;
  words: string;
  now: Date;
  display: DisplayOptions;
  listRef: RefObject<HTMLUListElement | null>;
  onRemovePart(part: string): void;
  onJoin(meeting: Meeting): void;
  onOpen(url: string): void;
  onOpenApp(url: string): void;
  onCopy(what: string, text: string): void;
}

/** Search answers: what was understood, then the same meeting cards with their day, or why there are none. */
export function SearchResults({ search, words, now, display, listRef, onRemovePart, onJoin, onOpen, onOpenApp, onCopy }: SearchResultsProps) {
  const styles = useStyles();
  const { data, loading, error } = search;
  if (error) return <ErrorState error={error} onRetry={search.reload} />;
  if (!data) return <LoadingState label="Searching…" />;
  const failed = data.providers.filter((p) => p.status === 'error').map((p) => PROVIDER_NAMES[p.id]);
  // As in the list: cancelled and declined meetings are not offered.
  const results = data.results.filter((m) => !isHiddenByDefault(m));
  const serviceNames = new Map(data.results.flatMap((m) => (m.join ? [[m.join.service.id, m.join.service.name] as const] : [])));
  return (
    <section className={styles.root} aria-label="Search results" aria-busy={loading}>
      <UnderstoodChips query={data.query} serviceNames={serviceNames} display={display} onRemove={onRemovePart} />
      {failed.length > 0 && (
        <p className={styles.note} data-testid="partial">
          {failed.join(' and ')} did not answer; these results may be incomplete.
        </p>
      )}
      {results.length === 0 ? (
        <p className={styles.empty} data-testid="no-results">
          No meetings match “{words}”.
        </p>
      ) : (
        <ul className={styles.list} ref={listRef} data-testid="results">
          {results.map((meeting) => (
            <MeetingCard key={meeting.id} meeting={meeting} now={now} display={display} showDay onJoin={onJoin} onOpen={onOpen} onOpenApp={onOpenApp} onCopy={onCopy} />
          ))}
        </ul>
      )}
    </section>
  );
}
