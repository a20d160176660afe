import { MenuItem } from '@fluentui/react-components';
import type { HiddenRules } from '../model/hidden';
import { useI18n } from '../i18n';

function HideMark() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M2 8s2.2-4 6-4 6 4 6 4-2.2 4-6 4-6-4-6-4z" fill="none" stroke="currentColor" strokeWidth="1.2" />
      <path d="M3 13 13 3" stroke="currentColor" strokeWidth="1.2" strokeLinecap="round" />
    </svg>
  );
}

/** "Hide this event" and, for a recurring one, "Hide every event in this series": in the join menu and the "…" menu. */
export function SkipItems({ series, onHide }: { series: boolean; onHide(kind: keyof HiddenRules): void }) {
  const { t } = useI18n();
  return (
    <>
      <MenuItem icon={<HideMark />} data-testid="hide-once" onClick={() => onHide('ids')}>
        {t('skip.hideOnce')}
      </MenuItem>
      {series && (
        <MenuItem icon={<HideMark />} data-testid="hide-series" onClick={() => onHide('series')}>
          {t('skip.hideSeries')}
        </MenuItem>
      )}
    </>
  );
}
