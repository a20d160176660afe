import { makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { Meeting } from '../../shared/api';
import { buildAgenda } from '../model/agenda';
import { useI18n } from '../i18n';
import type { DisplayOptions } from '../model/display';
import { primaryJoin } from '../model/join';
import { MeetingCard } from './MeetingCard';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  allDay: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  allDayItem: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    '@media (forced-colors: active)': { border: `${tokens.strokeWidthThin} solid CanvasText` },
  },
});

export interface MeetingListProps {
  meetings: readonly Meeting[];
  now: Date;
  display: DisplayOptions;
  showHidden: boolean;
  onJoin(meeting: Meeting): void;
  onOpen(url: string): void;
  onOpenApp(url: string): void;
  onCopy(what: string, text: string): void;
}

/** The meeting last joined from this pane, kept across the list's remounts (search, reconnect). */
let lastJoined: string | undefined;

/** Now, Next, then one section per day (all-day events apart, on top of their day). */
export function MeetingList({ meetings, now, display, showHidden, onJoin, onOpen, onOpenApp, onCopy }: MeetingListProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [joinedId, setJoinedId] = useState(lastJoined);
  const agenda = buildAgenda(meetings, now, { ...display, showHidden });
  const primaryId = primaryJoin(meetings, now, joinedId);
  const join = (meeting: Meeting) => {
    lastJoined = meeting.id;
    setJoinedId(meeting.id);
    onJoin(meeting);
  };
  const cards = (list: Meeting[]) => (
    <ul className={styles.list}>
      {list.map((meeting) => (
        <MeetingCard
          key={meeting.id}
          meeting={meeting}
          now={now}
          display={display}
          primary={meeting.id === primaryId}
          conflicts={agenda.conflicts.get(meeting.id)}
          nextUp={meeting.id === agenda.nextLater}
          onJoin={join}
          onOpen={onOpen}
          onOpenApp={onOpenApp}
          onCopy={onCopy}
        />
      ))}
    </ul>
  );
  const section = (id: string, label: string, content: ReactNode) => (
    <section key={id} className={styles.section} aria-labelledby={`section-${id}`} data-group={id}>
      <h2 id={`section-${id}`} className={styles.heading}>
        {label}
      </h2>
      {content}
    </section>
  );

  return (
    <div className={styles.root}>
      {agenda.now.length > 0 && section('now', t('list.now'), cards(agenda.now))}
      {agenda.next.length > 0 && section('next', t('list.next'), cards(agenda.next))}
      {agenda.days.map((day) =>
        section(
          day.key,
          day.label,
          <>
            {day.allDay.length > 0 && (
              <ul className={styles.allDay} aria-label={t('list.allDayEvents', { day: day.label })}>
                {day.allDay.map((meeting) => (
                  <li
                    key={meeting.id}
                    className={styles.allDayItem}
                    data-testid="meeting"
                    data-meeting-id={meeting.id}
                    data-all-day="true"
                  >
                    {t('list.allDay', { title: meeting.title })}
                  </li>
                ))}
              </ul>
            )}
            {day.meetings.length > 0 && cards(day.meetings)}
          </>,
        ),
      )}
    </div>
  );
}
