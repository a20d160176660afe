import { Button, makeStyles, Switch, tokens } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import { useCallback, useState } from 'react';
import type { Meeting } from '../../shared/api';
import type { ApiClient } from '../api/client';
import type { Host } from '../host/types';
import { useJoinShortcut } from '../hooks/useJoinShortcut';
import { useMeetings } from '../hooks/useMeetings';
import { useNow } from '../hooks/useNow';
import type { DisplayOptions } from '../model/display';
import { isHiddenByDefault, nextJoinable } from '../model/join';
import { MeetingList } from './MeetingList';
import { EmptyState, ErrorState, LoadingState } from './StatusViews';

const DAYS_AHEAD = 7;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { margin: 0, flexGrow: 1, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  // Read by screen readers, not shown.
  liveRegion: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});

export interface MeetingsPaneProps {
  host: Host;
  api: ApiClient;
  display: DisplayOptions;
}

/** The next-meetings pane: data, clock and keyboard wiring around the presentational list. */
export function MeetingsPane({ host, api, display }: MeetingsPaneProps) {
  const styles = useStyles();
  const { data, loading, error, reload } = useMeetings(api, { days: DAYS_AHEAD });
  const now = useNow(30_000);
  const [showHidden, setShowHidden] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  const join = useCallback(
    (meeting: Meeting) => {
      if (meeting.join) host.openUrl(meeting.join.url);
    },
    [host],
  );
  useJoinShortcut(() => {
    const meeting = nextJoinable(data?.meetings ?? [], new Date());
    if (meeting) join(meeting);
    setAnnouncement(meeting ? `Joining ${meeting.title}` : 'No meeting to join right now');
  });

  const meetings = data?.meetings ?? [];
  const hiddenCount = meetings.filter(isHiddenByDefault).length;

  let body;
  if (!data) {
    body = error ? <ErrorState error={error} onRetry={reload} /> : <LoadingState />;
  } else {
    body = (
      <>
        {error && <ErrorState error={error} onRetry={reload} />}
        {data.stale && <p className={styles.note}>Showing saved meetings: the calendar did not answer just now.</p>}
        {meetings.length === 0 ? (
          <EmptyState days={DAYS_AHEAD} />
        ) : (
          <MeetingList meetings={meetings} now={now} display={display} showHidden={showHidden} onJoin={join} onOpen={(url) => host.openUrl(url)} />
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
    <main className={styles.root} aria-busy={loading}>
      <header className={styles.header}>
        <h1 className={styles.title}>Upnext</h1>
        <Button appearance="subtle" icon={<ArrowClockwise20Regular />} aria-label="Refresh" onClick={reload} disabled={loading} />
        {host.signOut && (
          <Button appearance="subtle" size="small" onClick={() => void host.signOut?.()}>
            Sign out
          </Button>
        )}
      </header>
      {body}
      <div className={styles.liveRegion} aria-live="polite">
        {announcement}
      </div>
    </main>
  );
}
