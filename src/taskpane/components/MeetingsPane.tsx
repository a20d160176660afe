import { Button, makeStyles, Switch, tokens } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Meeting, ProviderId } from '../../shared/api';
import type { ApiClient } from '../api/client';
import { CONNECT_CODES, type ApiError } from '../api/errors';
import type { Host } from '../host/types';
import { useJoinShortcut } from '../hooks/useJoinShortcut';
import { FIRST_MEETINGS } from '../api/headStart';
import { useMeetings } from '../hooks/useMeetings';
import { useSearch } from '../hooks/useSearch';
import { useSearchShortcut } from '../hooks/useSearchShortcut';
import { useNow } from '../hooks/useNow';
import { useOpenInApp } from '../hooks/useOpenInApp';
import { useI18n } from '../i18n';
import type { DisplayOptions } from '../model/display';
import { isHiddenByDefault, nextJoinable } from '../model/join';
import { MeetingList } from './MeetingList';
import { PaneLayout } from './PaneLayout';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';
import { AppFallbackNote, EmptyState, ErrorState, LoadingState, StaleNote } from './StatusViews';

const DAYS_AHEAD = FIRST_MEETINGS.days;

const useStyles = makeStyles({
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface MeetingsPaneProps {
  host: Host;
  api: ApiClient;
  display: DisplayOptions;
  /** More header buttons (the overflow menu). */
  headerActions?: ReactNode;
  /** Shown above the list: Connect cards of the providers not connected yet. */
  notices?: ReactNode;
  /** Provider names, for the quiet banner of a provider that did not answer. */
  providerNames?: Partial<Record<ProviderId, string>>;
  /** Called when the meetings call says the calendar is not (or no longer) connected. */
  onConnectionError?(error: ApiError): void;
}

/** The next-meetings pane: data, clock and keyboard wiring around the presentational list. */
export function MeetingsPane({ host, api, display, headerActions, notices, providerNames = {}, onConnectionError }: MeetingsPaneProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const { data, loading, error, asOf, retryAt, reload } = useMeetings(api, { days: DAYS_AHEAD, limit: FIRST_MEETINGS.limit });
  const now = useNow(30_000);
  const [showHidden, setShowHidden] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [words, setWords] = useState('');
  const [without, setWithout] = useState<string[]>([]);
  const search = useSearch(api, words, without, display);
  const searchInput = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLUListElement>(null);
  useSearchShortcut(searchInput);
  const changeWords = useCallback((value: string) => {
    setWords(value);
    // New words, new understanding: removed chips do not carry over.
    setWithout([]);
  }, []);

  const connectionLost = error !== undefined && onConnectionError !== undefined && CONNECT_CODES.includes(error.code);
  useEffect(() => {
    if (connectionLost) onConnectionError?.(error);
  }, [connectionLost, error, onConnectionError]);

  const open = useCallback(
    (url: string, how: (url: string) => void) => {
      try {
        how(url);
      } catch {
        setAnnouncement('That link cannot be opened from here');
      }
    },
    [],
  );
  const join = useCallback(
    (meeting: Meeting) => {
      if (!meeting.join) return;
      setAnnouncement(t('connection.join.opening', { service: meeting.join.service.name }));
      open(meeting.join.url, (url) => host.openUrl(url));
      // The graph store learns which series the person joins (ranking); never in the way of joining.
      api.joined(meeting.id).catch(() => undefined);
    },
    [api, host, open, t],
  );
  const inApp = useOpenInApp(useCallback((url: string) => open(url, (u) => host.openAppUrl(u)), [host, open]));
  const openApp = useCallback(
    (appUrl: string) => {
      const meeting = [...(data?.meetings ?? []), ...(search.data?.results ?? [])].find((m) => m.join?.appUrl === appUrl);
      const service = meeting?.join?.service.name;
      if (service) setAnnouncement(t('connection.join.opening', { service }));
      inApp.open(appUrl, meeting?.join && service ? { webUrl: meeting.join.url, service } : undefined);
    },
    [data, search.data, inApp, t],
  );
  const appFallback = inApp.fallback && (
    <AppFallbackNote
      service={inApp.fallback.service}
      onOpenWeb={() => {
        const { webUrl } = inApp.fallback!;
        inApp.dismiss();
        open(webUrl, (u) => host.openUrl(u));
      }}
      onDismiss={inApp.dismiss}
    />
  );
  const copy = useCallback(
    (what: string, text: string) => {
      host.copyText(text).then(
        () => setAnnouncement(`${what} copied`),
        () => setAnnouncement(`Could not copy the ${what.toLowerCase()} here`),
      );
    },
    [host],
  );
  useJoinShortcut(() => {
    const meeting = nextJoinable(data?.meetings ?? [], new Date());
    if (meeting) join(meeting);
    setAnnouncement(meeting ? `Joining ${meeting.title}` : 'No meeting to join right now');
  });
  // A status line that lingers reads as stale: clear it after a few seconds.
  useEffect(() => {
    if (!announcement) return;
    const timer = setTimeout(() => setAnnouncement(''), 5000);
    return () => clearTimeout(timer);
  }, [announcement]);

  const meetings = data?.meetings ?? [];
  const hiddenCount = meetings.filter(isHiddenByDefault).length;
  const shownError = connectionLost ? undefined : error;

  let body;
  if (words.trim()) {
    body = (
      <SearchResults
        search={search}
        words={words.trim()}
        now={now}
        display={display}
        listRef={results}
        onRemovePart={(part) => setWithout((parts) => [...parts, part])}
        onJoin={join}
        onOpen={(url) => open(url, (u) => host.openUrl(u))}
        onOpenApp={openApp}
        onCopy={copy}
      />
    );
  } else if (!data) {
    body = shownError ? <ErrorState error={shownError} onRetry={reload} retrying={retryAt !== undefined} /> : <LoadingState />;
  } else {
    body = (
      <>
        {notices}
        {shownError && <ErrorState error={shownError} onRetry={reload} retrying={retryAt !== undefined} {...(asOf !== undefined && { asOf })} timeZone={display.timeZone} />}
        {data.stale && !shownError && <StaleNote asOf={asOf} timeZone={display.timeZone} />}
        {(data.providers ?? [])
          .filter((p) => p.status === 'error')
          .map((p) => (
            <p key={p.id} className={styles.note} role="status" data-testid="provider-banner" data-provider={p.id}>
              {providerNames[p.id] ?? 'One calendar'} is not answering right now; showing your other calendars.
            </p>
          ))}
        {meetings.length === 0 ? (
          <EmptyState days={DAYS_AHEAD} />
        ) : (
          <MeetingList
            meetings={meetings}
            now={now}
            display={display}
            showHidden={showHidden}
            onJoin={join}
            onOpen={(url) => open(url, (u) => host.openUrl(u))}
            onOpenApp={openApp}
            onCopy={copy}
          />
        )}
        {hiddenCount > 0 && (
          <Switch
            checked={showHidden}
            onChange={(_, { checked }) => setShowHidden(checked)}
            label={`Show declined and cancelled (${hiddenCount})`}
          />
        )}
      </>
    );
  }

  return (
    <PaneLayout
      busy={loading}
      status={announcement}
      actions={
        <>
          <Button appearance="subtle" icon={<ArrowClockwise20Regular />} aria-label="Refresh" onClick={reload} disabledFocusable={loading} />
          {headerActions}
        </>
      }
    >
      {appFallback}
      <SearchBox
        value={words}
        onChange={changeWords}
        inputRef={searchInput}
        onSubmit={() => results.current?.querySelector<HTMLElement>('button, a[href]')?.focus()}
      />
      {body}
    </PaneLayout>
  );
}
