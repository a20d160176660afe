import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { RefreshMark } from './Marks';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Meeting, ProviderId } from '../../shared/api';
import type { ApiClient } from '../api/client';
import { CONNECT_CODES, type ApiError } from '../api/errors';
import type { Host } from '../host/types';
import { useFocusReturn } from '../hooks/useFocusReturn';
import { useJoinShortcut } from '../hooks/useJoinShortcut';
import { FIRST_MEETINGS } from '../api/headStart';
import { useMeetings } from '../hooks/useMeetings';
import { useSearch } from '../hooks/useSearch';
import { useSearchShortcut } from '../hooks/useSearchShortcut';
import { usePaneKeys } from '../hooks/usePaneKeys';
import { useReminders } from '../hooks/useReminders';
import { useRovingCards } from '../hooks/useRovingCards';
import { notify } from '../host/notify';
import { useNow } from '../hooks/useNow';
import { useOpenInApp } from '../hooks/useOpenInApp';
import { useI18n } from '../i18n';
import { usePreferences } from '../preferences';
import { zoneCity, zoneShortName, type DisplayOptions } from '../model/display';
import { isHiddenByDefault, nextJoinable } from '../model/join';
import { calendarsElsewhere } from '../model/zones';
import { visibleMeetings } from '../model/hidden';
import { DEFAULT_REMINDER_MINUTES } from '../model/reminders';
import { reminderWhen } from './reminderWhen';
import { DeferredPaneMenu } from './DeferredPaneMenu';
import { loadSearchResults, SearchResults } from './DeferredSearchResults';
import { MeetingList } from './MeetingList';
import type { PaneMenuProps } from './PaneMenu';
import { PaneLayout } from './PaneLayout';
import { SearchBox } from './SearchBox';
import { AppFallbackNote, EmptyState, ErrorState, LoadingState, StaleNote } from './StatusViews';

const DAYS_AHEAD = FIRST_MEETINGS.days;
const NO_MEETINGS: Meeting[] = [];
const NO_CALENDARS: NonNullable<MeetingsPaneProps['calendars']> = [];

// Opened by `?` or from the menu, rarely: its own chunk with Fluent's Dialog.
const ShortcutsDialog = lazy(() => import(/* webpackChunkName: "shortcuts" */ './ShortcutsDialog'));
// Shown a few minutes before a meeting, not at first paint.
// Opened from the menu, rarely: its own chunk with Fluent's Dialog and Select.
const SettingsDialog = lazy(() => import(/* webpackChunkName: "settings" */ './SettingsDialog'));
const ReminderCard = lazy(() => import(/* webpackChunkName: "reminders" */ './ReminderCard'));

/** "Times in Tokyo (GMT+9)"; "Times in UTC" where the zone's name is its city's (never "UTC (UTC)"). */
function timesIn(city: string, zone: string, t: ReturnType<typeof useI18n>['t']): string {
  return city === zone ? t('settings.timesInPlain', { city }) : t('settings.timesIn', { city, zone });
}

const useStyles = makeStyles({
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  // The header's buttons as they were laid out; the wrapper only lets focus find the menu button.
  actions: { display: 'contents' },
  // Out of sight until Tab reaches it; then on top of the header.
  skip: {
    position: 'absolute',
    insetInlineStart: tokens.spacingHorizontalM,
    top: tokens.spacingVerticalXS,
    zIndex: 2,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    boxShadow: tokens.shadow8,
    clipPath: 'inset(50%)',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    ':focus': { clipPath: 'none', width: 'auto', height: 'auto', overflow: 'visible' },
  },
  // The card that holds the list's Tab stop shows it.
  cards: {
    '& [data-testid="meeting"]:focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThin,
    },
  },
});

export interface MeetingsPaneProps {
  host: Host;
  api: ApiClient;
  display: DisplayOptions;
  /** The overflow menu's account items; the pane adds its own (declined and cancelled, shortcuts). */
  menu?: PaneMenuProps;
  /** Shown above the list: Connect cards of the providers not connected yet. */
  notices?: ReactNode;
  /** Provider names, for the quiet banner of a provider that did not answer. */
  providerNames?: Partial<Record<ProviderId, string>>;
  /** Minutes before the start the reminder shows (the settings' choice). */
  reminderMinutes?: number;
  /** The connected calendars and their own zones (from /api/me), to say when the list's zone is not theirs. */
  calendars?: ReadonlyArray<{ name: string; timeZone?: string }>;
  /** Called when the meetings call says the calendar is not (or no longer) connected. */
  onConnectionError?(error: ApiError): void;
}

/** The next-meetings pane: data, clock and keyboard wiring around the presentational list. */
export function MeetingsPane({ host, api, display, menu, notices, providerNames = {}, reminderMinutes: given, calendars = NO_CALENDARS, onConnectionError }: MeetingsPaneProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const preferences = usePreferences();
  // The person's choice in settings, over what the caller passed, over the default.
  const reminderMinutes = preferences.reminderMinutes ?? given ?? DEFAULT_REMINDER_MINUTES;
  const { data, loading, error, asOf, retryAt, reload } = useMeetings(api, { days: DAYS_AHEAD, limit: FIRST_MEETINGS.limit });
  // Skip rules: a hidden meeting leaves the list, the reminders and `J`.
  const allMeetings = data?.meetings ?? NO_MEETINGS;
  const shownMeetings = useMemo(() => visibleMeetings(allMeetings, preferences.hidden), [allMeetings, preferences.hidden]);
  const now = useNow(30_000);
  const elsewhere = calendarsElsewhere(display.timeZone, calendars, now.getTime());
  const [showHidden, setShowHidden] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [words, setWords] = useState('');
  const [without, setWithout] = useState<string[]>([]);
  const search = useSearch(api, words, without, display);
  const searchInput = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLUListElement>(null);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const actions = useRef<HTMLSpanElement>(null);
  const focusReturn = useFocusReturn(actions);
  const openShortcuts = () => {
    focusReturn.remember();
    setShortcutsOpen(true);
  };
  const openSettings = () => {
    focusReturn.remember();
    setSettingsOpen(true);
  };
  const { attach: attachList, focusFirst } = useRovingCards();
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
        setAnnouncement(t('keys.linkBlocked'));
      }
    },
    [t],
  );
  const reminders = useReminders(shownMeetings, reminderMinutes, now, (meeting) => {
    const when = reminderWhen(t, meeting, new Date());
    setAnnouncement(t('reminders.announce', { title: meeting.title, when }));
    notify(host.kind, meeting.title, when, meeting.id);
  });
  const finishReminder = reminders.finish;
  const join = useCallback(
    (meeting: Meeting) => {
      if (!meeting.join) return;
      // Joined: its reminders stop, whichever Join it was.
      finishReminder(meeting);
      setAnnouncement(t('connection.join.opening', { service: meeting.join.service.name }));
      open(meeting.join.url, (url) => host.openUrl(url));
      // The graph store learns which series the person joins (ranking); never in the way of joining.
      api.joined(meeting.id).catch(() => undefined);
    },
    [api, host, open, t, finishReminder],
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
        () => setAnnouncement(t('keys.copied', { what })),
        () => setAnnouncement(t('keys.copyFailed', { what: language === 'en' ? what.toLowerCase() : what })),
      );
    },
    [host, t, language],
  );
  const joinNext = () => {
    const meeting = nextJoinable(shownMeetings, new Date());
    if (meeting) join(meeting);
    setAnnouncement(meeting ? t('keys.joining', { title: meeting.title }) : t('keys.nothingToJoin'));
  };
  useJoinShortcut(joinNext);
  usePaneKeys((action) => {
    if (action === 'join') joinNext();
    else if (action === 'search') searchInput.current?.focus();
    else openShortcuts();
  });
  // A status line that lingers reads as stale: clear it after a few seconds.
  useEffect(() => {
    if (!announcement) return;
    const timer = setTimeout(() => setAnnouncement(''), 5000);
    return () => clearTimeout(timer);
  }, [announcement]);

  const meetings = shownMeetings;
  const hiddenCount = meetings.filter(isHiddenByDefault).length;
  const shownError = connectionLost ? undefined : error;

  let body;
  if (words.trim()) {
    body = (
      <Suspense fallback={<LoadingState />}>
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
      </Suspense>
    );
  } else if (!data) {
    body = shownError ? <ErrorState error={shownError} onRetry={reload} retrying={retryAt !== undefined} /> : <LoadingState />;
  } else {
    body = (
      <>
        {reminders.due.length > 0 && (
          <Suspense fallback={null}>
            <div role="region" aria-label={t('reminders.region')}>
              {reminders.due.map((m) => (
                <ReminderCard key={m.id} meeting={m} now={now} host={host.kind} onJoin={join} onSnooze={reminders.snooze} onRemindAtStart={reminders.remindAtStart} onDismiss={reminders.finish} />
              ))}
            </div>
          </Suspense>
        )}
        {notices}
        {shownError && <ErrorState error={shownError} onRetry={reload} retrying={retryAt !== undefined} {...(asOf !== undefined && { asOf })} timeZone={display.timeZone} />}
        {data.stale && !shownError && <StaleNote asOf={asOf} timeZone={display.timeZone} />}
        {(data.providers ?? [])
          .filter((p) => p.status === 'error')
          .map((p) => (
            <p key={p.id} className={styles.note} role="status" data-testid="provider-banner" data-provider={p.id}>
              {t('keys.providerDown', { name: providerNames[p.id] ?? t('keys.oneCalendar') })}
            </p>
          ))}
        {(elsewhere.length > 0 || (preferences.secondZone && preferences.secondZone !== display.timeZone)) && (
          // Two zones on every card, or a calendar kept in another zone: say which one the list is in.
          <p className={styles.note} data-testid="zone-note">
            {elsewhere.reduce(
              (times, c) => t('zone.together', { times, calendar: t('zone.calendarIn', { name: c.name, city: zoneCity(c.timeZone) }) }),
              timesIn(zoneCity(display.timeZone), zoneShortName(now, display), t),
            )}
          </p>
        )}
        {meetings.length === 0 ? (
          <EmptyState days={DAYS_AHEAD} />
        ) : (
          <div ref={attachList} id="meetings" className={styles.cards} data-testid="meeting-list">
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
          </div>
        )}
      </>
    );
  }

  return (
    <PaneLayout
      busy={loading}
      status={announcement}
      skipLink={
        !words.trim() && meetings.length > 0 ? (
          <a
            className={styles.skip}
            href="#meetings"
            onClick={(event) => {
              event.preventDefault();
              focusFirst();
            }}
          >
            {t('keys.skipToNext')}
          </a>
        ) : undefined
      }
      actions={
        <span ref={actions} className={styles.actions}>
          <Button appearance="subtle" icon={<RefreshMark />} aria-label={t('keys.refresh')} onClick={reload} disabledFocusable={loading} />
          <DeferredPaneMenu
            {...menu}
            {...(hiddenCount > 0 && { showHidden: { checked: showHidden, count: hiddenCount, onChange: setShowHidden } })}
            onShowShortcuts={openShortcuts}
            onOpenSettings={openSettings}
          />
        </span>
      }
      toolbar={
        <SearchBox
          onIntent={loadSearchResults}
          value={words}
          onChange={changeWords}
          inputRef={searchInput}
          onSubmit={() => results.current?.querySelector<HTMLElement>('button, a[href]')?.focus()}
        />
      }
    >
      {appFallback}
      {body}
      {shortcutsOpen && (
        <Suspense fallback={null}>
          <ShortcutsDialog
            host={host.kind}
            onClose={() => {
              setShortcutsOpen(false);
              focusReturn.restore();
            }}
          />
        </Suspense>
      )}
      {settingsOpen && (
        <Suspense fallback={null}>
          <SettingsDialog
            host={host.kind}
            meetings={allMeetings}
            onClose={() => {
              setSettingsOpen(false);
              focusReturn.restore();
            }}
          />
        </Suspense>
      )}
    </PaneLayout>
  );
}
