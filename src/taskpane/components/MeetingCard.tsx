import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { InlineLink } from './InlineLink';
import { ChevronDownMark, LockMark, MoreMark } from './Marks';
import { Pill } from './Pill';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { Meeting } from '../../shared/api';
import type { JoinLink } from '../../shared/joinlink/types';
import { useI18n } from '../i18n';
import { usePreferences } from '../preferences';
import { dayKey, formatDayLabel, formatRelative, formatTimeRange, formatWhen, inCountdown, timeRangePieces, zoneCity, type DisplayOptions } from '../model/display';
import { displayLocation, joinState } from '../model/join';
import type { HiddenKind } from '../model/hidden';
import { OnIntent } from './OnIntent';
import { ServiceIcon } from './ServiceIcon';

// Fluent's Menu is as heavy as the rest of the pane: fetched when someone means to use it.
const JoinMenu = lazy(() => import(/* webpackChunkName: "join-menu" */ './JoinMenu'));
const SkipMenu = lazy(() => import(/* webpackChunkName: "skip-menu" */ './SkipMenu'));
const HideConfirm = lazy(() => import(/* webpackChunkName: "skip-confirm" */ './HideConfirm'));

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
  // Declined and cancelled read as set aside by a dashed edge and a quieter title, never by
  // opacity: faded text fails contrast in every theme.
  muted: { borderTopStyle: 'dashed', borderBottomStyle: 'dashed', borderLeftStyle: 'dashed', borderRightStyle: 'dashed', backgroundColor: tokens.colorNeutralBackground2 },
  mutedTitle: { color: tokens.colorNeutralForeground2 },
  // Everything but Join stays in the first column, whether or not there is a Join beside it.
  body: { gridColumn: 1, gridRow: 1, minWidth: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  // Range and relative time wrap as units, so a long "started 26 minutes ago" never pushes Join out of the card.
  when: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  // Each end of a range stays whole; a range across days breaks at its separator (timeRangePieces).
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
  action: { gridColumn: 2, gridRow: 1, alignSelf: 'start', display: 'flex' },
  conflict: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  // Join and its chevron read as one split button.
  joinMain: { borderStartEndRadius: 0, borderEndEndRadius: 0 },
  joinMore: { minWidth: '24px', maxWidth: '24px', paddingInlineStart: 0, paddingInlineEnd: 0, borderStartStartRadius: 0, borderEndStartRadius: 0, marginInlineStart: '1px' },
});

export interface MeetingCardProps {
  meeting: Meeting;
  now: Date;
  display: DisplayOptions;
  onJoin(meeting: Meeting): void;
  onOpen(url: string): void;
  onOpenApp(url: string): void;
  onCopy(what: string, text: string): void;
  /** Say which day (search results come from any day; the next meeting when it is on a later day). */
  showDay?: boolean;
  /** Whether this card's Join is the one primary button; left out, any open join window is. */
  primary?: boolean;
  /** Titles of the meetings this one overlaps. */
  conflicts?: readonly string[];
  /** The next meeting, kept in its (later) day group: marked "Next" there. */
  nextUp?: boolean;
}

/**
 * The card's "in 2 hours" / "in 4:32" / "ends in 32 minutes". The list re-renders every 30 s; in
 * the last ten minutes before the start this text alone ticks every second (not the card, whose
 * join menu may be open).
 */
function RelativeTime({ start, end, now, display, className }: { start: Date; end: Date; now: Date; display: DisplayOptions; className: string }) {
  const { t } = useI18n();
  const [tick, setTick] = useState<Date>();
  const current = tick && tick.getTime() > now.getTime() ? tick : now;
  const counting = inCountdown(start, current);
  useEffect(() => {
    if (!counting) return;
    const timer = setInterval(() => setTick(new Date()), 1000);
    return () => clearInterval(timer);
  }, [counting]);
  return (
    <span className={className} data-testid="relative">
      {formatRelative(start, end, current, display, t)}
    </span>
  );
}

function WarningMark() {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d="M6 1 11.5 11h-11z" fill="none" stroke="currentColor" strokeWidth="1.2" strokeLinejoin="round" />
      <path d="M6 4.5v3M6 9v.5" stroke="currentColor" strokeWidth="1.2" strokeLinecap="round" />
    </svg>
  );
}

export function MeetingCard({ meeting, now, display, onJoin, onOpen, onOpenApp, onCopy, showDay, primary, conflicts, nextUp }: MeetingCardProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const { secondZone } = usePreferences();
  // Skip rules: a meeting with a Join link is hidden only after a yes.
  const [confirming, setConfirming] = useState<HiddenKind>();
  const start = new Date(meeting.start);
  const end = new Date(meeting.end);
  const join = joinState(meeting, now);
  const isPrimary = primary ?? join === 'open';
  // The join menu carries "Open in Outlook" when it is there; otherwise the card does.
  const joinable = join !== 'none' && meeting.join !== undefined;
  const cancelled = meeting.status === 'cancelled';
  const declined = meeting.status === 'declined';
  const organizer = meeting.status === 'organizer' ? t('list.you') : meeting.organizer?.name;
  const details = [displayLocation(meeting), organizer].filter((part): part is string => !!part);
  const names = { title: meeting.title, when: formatWhen(start, display) };
  const openIn = t(meeting.provider === 'google-calendar' ? 'list.openInGoogle' : 'list.openInOutlook');
  const listFormat = new Intl.ListFormat(display.locale, { type: 'conjunction' });

  return (
    <li
      className={`${styles.card} ${cancelled || declined ? styles.muted : ''}`}
      data-testid="meeting"
      data-meeting-id={meeting.id}
      {...(nextUp && { 'data-next-up': 'true' })}
      {...(conflicts && conflicts.length > 0 && { 'data-conflict': 'true' })}
    >
      <div className={styles.body}>
        <div className={styles.when}>
          {(showDay || nextUp) && <span className={styles.range}>{formatDayLabel(dayKey(start, display.timeZone), dayKey(now, display.timeZone), display)}</span>}
          <time dateTime={meeting.start}>
            {timeRangePieces(start, end, display).map((piece, i) => (i % 2 === 1 ? piece : <span key={i} className={styles.range}>{piece}</span>))}
          </time>
          {secondZone && secondZone !== display.timeZone && (
            <span data-testid="second-zone">
              {t('settings.inZone', { time: formatTimeRange(start, end, { locale: display.locale, timeZone: secondZone }), city: zoneCity(secondZone) })}
            </span>
          )}
          <RelativeTime className={styles.relative} start={start} end={end} now={now} display={display} />
        </div>
        <h3 className={`${styles.title} ${cancelled ? styles.cancelledTitle : ''} ${cancelled || declined ? styles.mutedTitle : ''}`}>
          {meeting.title}
          {meeting.isPrivate && <LockMark size={16} aria-label={t('list.private')} />}
        </h3>
        {details.length > 0 && <div className={styles.detail}>{details.join(' · ')}</div>}
        {conflicts && conflicts.length > 0 && (
          <div className={styles.conflict} data-testid="conflict">
            <WarningMark />
            {t('list.conflict', { titles: listFormat.format(conflicts) })}
          </div>
        )}
        <div className={styles.meta}>
          {nextUp && <Pill tone="brand">{t('list.next')}</Pill>}
          {meeting.join && (
            <span className={styles.service} data-testid="service" data-service-id={meeting.join.service.id}>
              <ServiceIcon service={meeting.join.service} />
              {meeting.join.service.name}
            </span>
          )}
          {meeting.status === 'tentativelyAccepted' && (
            <Pill tone="warning">{t('list.tentative')}</Pill>
          )}
          {meeting.status === 'notResponded' && (
            <Pill tone="informative">{t('list.notResponded')}</Pill>
          )}
          {declined && <Pill tone="danger">{t('list.declined')}</Pill>}
          {cancelled && <Pill tone="danger">{t('list.cancelled')}</Pill>}
          {meeting.webLink && !joinable && (
            <InlineLink
              href={meeting.webLink}
              target="_blank"
              rel="noopener noreferrer"
              onClick={(event) => {
                // Hosts open links their own way (Outlook and Teams block plain new windows).
                event.preventDefault();
                onOpen(meeting.webLink!);
              }}
            >
              {openIn}
            </InlineLink>
          )}
        </div>
      </div>
      {joinable && (
        <div className={styles.action}>
          <Button
            className={styles.joinMain}
            appearance={isPrimary ? 'primary' : 'secondary'}
            size="small"
            data-testid="join"
            data-join-state={join}
            data-primary={isPrimary ? 'true' : 'false'}
            aria-label={t('list.joinNamed', names)}
            onClick={() => onJoin(meeting)}
          >
            {t('list.join')}
          </Button>
          <OnIntent
            placeholder={(handlers) => (
              <Button
                className={styles.joinMore}
                appearance={isPrimary ? 'primary' : 'secondary'}
                size="small"
                icon={<ChevronDownMark />}
                aria-label={t('list.moreWays', names)}
                aria-haspopup="menu"
                data-testid="join-more"
                {...handlers}
              />
            )}
            render={(state) => (
              <JoinMenu
                meeting={meeting as Meeting & { join: JoinLink }}
                triggerClassName={styles.joinMore}
                primary={isPrimary}
                label={t('list.moreWays', names)}
                onOpen={onOpen}
                onOpenApp={onOpenApp}
                onCopy={onCopy}
                onConfirmHide={setConfirming}
                {...state}
              />
            )}
          />
        </div>
      )}
      {!joinable && (
        <div className={styles.action}>
          <OnIntent
            placeholder={(handlers) => (
              <Button appearance="subtle" size="small" icon={<MoreMark />} aria-label={t('skip.more', names)} aria-haspopup="menu" data-testid="skip-more" {...handlers} />
            )}
            render={(state) => <SkipMenu meeting={meeting} label={t('skip.more', names)} onConfirmHide={setConfirming} {...state} />}
          />
        </div>
      )}
      {confirming && (
        <Suspense fallback={null}>
          <HideConfirm meeting={meeting} kind={confirming} onClose={() => setConfirming(undefined)} />
        </Suspense>
      )}
    </li>
  );
}
