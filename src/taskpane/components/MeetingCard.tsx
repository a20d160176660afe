import { Badge, Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, LockClosed16Regular } from '@fluentui/react-icons';
import { lazy } from 'react';
import type { Meeting } from '../../shared/api';
import type { JoinLink } from '../../shared/joinlink/types';
import { dayKey, formatDayLabel, formatRelative, formatTimeRange, type DisplayOptions } from '../model/display';
import { displayLocation, joinState } from '../model/join';
import { OnIntent } from './OnIntent';
import { ServiceIcon } from './ServiceIcon';

// Fluent's Menu is as heavy as the rest of the pane: fetched when someone means to use it.
const JoinMenu = lazy(() => import(/* webpackChunkName: "join-menu" */ './JoinMenu'));

const useStyles = makeStyles({
  card: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    '@media (forced-colors: active)': { border: `${tokens.strokeWidthThin} solid CanvasText` },
  },
  muted: { opacity: 0.7 },
  // Range and relative time wrap as units, so a long "started 26 minutes ago" never pushes Join out of the card.
  when: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  range: { whiteSpace: 'nowrap' },
  relative: { color: tokens.colorBrandForeground1, whiteSpace: 'nowrap' },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    overflowWrap: 'anywhere',
  },
  cancelledTitle: { textDecorationLine: 'line-through' },
  detail: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, overflowWrap: 'anywhere' },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  service: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, color: tokens.colorNeutralForeground2 },
  action: { gridColumn: 2, gridRow: '1 / span 4', alignSelf: 'start', display: 'flex' },
  // Join and its chevron read as one split button.
  joinMain: { borderTopRightRadius: 0, borderBottomRightRadius: 0 },
  joinMore: { minWidth: '24px', maxWidth: '24px', paddingLeft: 0, paddingRight: 0, borderTopLeftRadius: 0, borderBottomLeftRadius: 0, marginLeft: '1px' },
});

export interface MeetingCardProps {
  meeting: Meeting;
  now: Date;
  display: DisplayOptions;
  onJoin(meeting: Meeting): void;
  onOpen(url: string): void;
  onOpenApp(url: string): void;
  onCopy(what: string, text: string): void;
  /** Say which day (search results come from any day). */
  showDay?: boolean;
}

export function MeetingCard({ meeting, now, display, onJoin, onOpen, onOpenApp, onCopy, showDay }: MeetingCardProps) {
  const styles = useStyles();
  const start = new Date(meeting.start);
  const end = new Date(meeting.end);
  const join = joinState(meeting, now);
  // The join menu carries "Open in Outlook" when it is there; otherwise the card does.
  const joinable = join !== 'none' && meeting.join !== undefined;
  const cancelled = meeting.status === 'cancelled';
  const declined = meeting.status === 'declined';
  const details = [displayLocation(meeting), meeting.organizer?.name].filter((part): part is string => !!part);

  return (
    <li
      className={`${styles.card} ${cancelled || declined ? styles.muted : ''}`}
      data-testid="meeting"
      data-meeting-id={meeting.id}
    >
      <div className={styles.when}>
        {showDay && <span className={styles.range}>{formatDayLabel(dayKey(start, display.timeZone), dayKey(now, display.timeZone), display)}</span>}
        <time className={styles.range} dateTime={meeting.start}>{formatTimeRange(start, end, display)}</time>
        <span className={styles.relative}>{formatRelative(start, end, now, display)}</span>
      </div>
      <h3 className={`${styles.title} ${cancelled ? styles.cancelledTitle : ''}`}>
        {meeting.title}
        {meeting.isPrivate && <LockClosed16Regular aria-label="Private" />}
      </h3>
      {details.length > 0 && <div className={styles.detail}>{details.join(' · ')}</div>}
      <div className={styles.meta}>
        {meeting.join && (
          <span className={styles.service} data-testid="service" data-service-id={meeting.join.service.id}>
            <ServiceIcon service={meeting.join.service} />
            {meeting.join.service.name}
          </span>
        )}
        {meeting.status === 'tentativelyAccepted' && (
          <Badge appearance="tint" color="warning" size="small">Tentative</Badge>
        )}
        {meeting.status === 'notResponded' && (
          <Badge appearance="outline" color="informative" size="small">Not responded</Badge>
        )}
        {declined && <Badge appearance="tint" color="danger" size="small">Declined</Badge>}
        {cancelled && <Badge appearance="tint" color="danger" size="small">Cancelled</Badge>}
        {meeting.webLink && !joinable && (
          <Link
            href={meeting.webLink}
            target="_blank"
            rel="noopener noreferrer"
            onClick={(event) => {
              // Hosts open links their own way (Outlook and Teams block plain new windows).
              event.preventDefault();
              onOpen(meeting.webLink!);
            }}
          >
            {meeting.provider === 'google-calendar' ? 'Open in Google Calendar' : 'Open in Outlook'}
          </Link>
        )}
      </div>
      {joinable && (
        <div className={styles.action}>
          <Button
            className={styles.joinMain}
            appearance={join === 'open' ? 'primary' : 'secondary'}
            size="small"
            data-testid="join"
            data-join-state={join}
            aria-label={`Join ${meeting.title}`}
            onClick={() => onJoin(meeting)}
          >
            Join
          </Button>
          <OnIntent
            placeholder={(handlers) => (
              <Button
                className={styles.joinMore}
                appearance={join === 'open' ? 'primary' : 'secondary'}
                size="small"
                icon={<ChevronDownRegular />}
                aria-label={`More ways to join ${meeting.title}`}
                aria-haspopup="menu"
                data-testid="join-more"
                {...handlers}
              />
            )}
            render={(state) => (
              <JoinMenu
                meeting={meeting as Meeting & { join: JoinLink }}
                triggerClassName={styles.joinMore}
                primary={join === 'open'}
                onOpen={onOpen}
                onOpenApp={onOpenApp}
                onCopy={onCopy}
                {...state}
              />
            )}
          />
        </div>
      )}
    </li>
  );
}
