import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId, type RefObject } from 'react';
import type { Meeting, ProviderId } from '../../shared/api';
import type { SearchState } from '../hooks/useSearch';
import { useI18n, type MessageKey } from '../i18n';
import type { DisplayOptions } from '../model/display';
import { visibleMeetings } from '../model/hidden';
import { isHiddenByDefault } from '../model/join';
import { usePreferences } from '../preferences';
import { MeetingCard } from './MeetingCard';
import { ErrorState, LoadingState } from './StatusViews';
import { UnderstoodChips } from './UnderstoodChips';

const PROVIDER_NAMES: Record<ProviderId, MessageKey> = { 'outlook-calendar': 'search.provider.outlook-calendar', 'google-calendar': 'search.provider.google-calendar' };
const EXAMPLES: readonly MessageKey[] = ['search.example.day', 'search.example.person', 'search.example.service', 'search.example.past'];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // For screen readers and the heading outline only: the search box above already says what this is.
  heading: { position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: 0, overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap', border: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  partial: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInlineStart: tokens.spacingHorizontalS,
    paddingInlineEnd: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  partialText: { margin: 0, flexGrow: 1 },
  empty: { margin: 0, paddingBlock: tokens.spacingVerticalL, textAlign: 'center', color: tokens.colorNeutralForeground2, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  emptyTitle: { margin: 0, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200 },
  examples: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', justifyContent: 'center', gap: tokens.spacingHorizontalXS },
  example: {
    paddingBlock: '2px',
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
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

/**
 * Search answers: what was understood, which calendars could not be searched (by name, with
 * Retry) above what the others found, then the same meeting cards with their day, or why there
 * are none and how to ask.
 */
export function SearchResults({ search, words, now, display, listRef, onRemovePart, onJoin, onOpen, onOpenApp, onCopy }: SearchResultsProps) {
  const styles = useStyles();
  const headingId = useId();
  const { t, locale } = useI18n();
  const { hidden } = usePreferences();
  const { data, loading, error } = search;
  if (error) return <ErrorState error={error} onRetry={search.reload} />;
  if (!data) return <LoadingState label={t('search.searching')} />;
  const failed = data.providers.filter((p) => p.status === 'error').map((p) => t(PROVIDER_NAMES[p.id]));
  const someAnswered = data.providers.some((p) => p.status === 'ok');
  // As in the list: cancelled and declined meetings are not offered, nor what the person hid (a
  // hide from a result card takes it away at once).
  const results = visibleMeetings(data.results, hidden).filter((m) => !isHiddenByDefault(m));
  const serviceNames = new Map(data.results.flatMap((m) => (m.join ? [[m.join.service.id, m.join.service.name] as const] : [])));
  return (
    <section className={styles.root} aria-labelledby={headingId} aria-busy={loading}>
      {/* The cards' titles are h3, as in the list under its day headings: the results have their h2. */}
      <h2 id={headingId} className={styles.heading}>
        {t('search.results.label')}
      </h2>
      <UnderstoodChips query={data.query} serviceNames={serviceNames} display={display} onRemove={onRemovePart} />
      {failed.length > 0 && (
        <div className={styles.partial} role="status" data-testid="partial">
          <p className={styles.partialText}>{t(someAnswered ? 'search.partial' : 'search.failed', { names: new Intl.ListFormat(locale, { type: 'conjunction' }).format(failed) })}</p>
          <Button size="small" appearance="subtle" disabled={loading} onClick={search.reload} data-testid="search-retry">
            {t('search.retry')}
          </Button>
        </div>
      )}
      {results.length === 0 && someAnswered && (
        <div className={styles.empty} data-testid="no-results">
          <p className={styles.emptyTitle}>{t('search.empty', { words })}</p>
          <p className={styles.hint}>{t('search.empty.hint')}</p>
          <ul className={styles.examples}>
            {EXAMPLES.map((key) => (
              <li key={key} className={styles.example}>
                {t(key)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {results.length > 0 && (
        <ul className={styles.list} ref={listRef} data-testid="results">
          {results.map((meeting) => (
            <MeetingCard key={meeting.id} meeting={meeting} now={now} display={display} showDay onJoin={onJoin} onOpen={onOpen} onOpenApp={onOpenApp} onCopy={onCopy} />
          ))}
        </ul>
      )}
    </section>
  );
}
