import { MenuItem } from '@fluentui/react-components';
import type { Meeting } from '../../shared/api';
import type { HiddenKind } from '../model/hidden';
import { hideMeeting } from '../model/hiding';
import { useI18n } from '../i18n';
import { usePreferences } from '../preferences';

function HideMark() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M2 8s2.2-4 6-4 6 4 6 4-2.2 4-6 4-6-4-6-4z" fill="none" stroke="currentColor" strokeWidth="1.2" />
      <path d="M3 13 13 3" stroke="currentColor" strokeWidth="1.2" strokeLinecap="round" />
    </svg>
  );
}

export interface SkipItemsProps {
  meeting: Meeting;
  /** A meeting with a Join link is hidden only after a yes: asks for it. */
  onConfirm(kind: HiddenKind): void;
}

/** "Hide this event" and, for a recurring one, "Hide every event in this series": in the join menu and the "…" menu. */
export function SkipItems({ meeting, onConfirm }: SkipItemsProps) {
  const { t } = useI18n();
  const { hidden, setHidden } = usePreferences();
  const onHide = (kind: HiddenKind) => (meeting.join ? onConfirm(kind) : setHidden(hideMeeting(hidden, kind, meeting)));
  return (
    <>
      <MenuItem icon={<HideMark />} data-testid="hide-once" onClick={() => onHide('ids')}>
        {t('skip.hideOnce')}
      </MenuItem>
      {meeting.seriesKey !== undefined && (
        <MenuItem icon={<HideMark />} data-testid="hide-series" onClick={() => onHide('series')}>
          {t('skip.hideSeries')}
        </MenuItem>
      )}
    </>
  );
}
