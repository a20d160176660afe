/** The settings panel's list of skip rules, each with Undo (part of the settings chunk). */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Meeting } from '../../shared/api';
import { useI18n } from '../i18n';
import type { HiddenRules } from '../model/hidden';
import { usePreferences } from '../preferences';

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, paddingInlineStart: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function HiddenList({ meetings }: { meetings: readonly Meeting[] }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { hidden, unhide } = usePreferences();
  // Titles come from the meetings loaded now: the device keeps only opaque keys.
  const titleOf = (kind: keyof HiddenRules, key: string) =>
    meetings.find((m) => (kind === 'series' ? m.seriesKey === key : m.id === key))?.title ?? t('skip.unknown');
  const entries = [
    ...(hidden?.series ?? []).map((key) => ({ kind: 'series' as const, key })),
    ...(hidden?.ids ?? []).map((key) => ({ kind: 'ids' as const, key })),
  ];
  return (
    <section aria-labelledby="hidden-heading" data-testid="settings-hidden">
      <h3 id="hidden-heading" className={styles.heading}>
        {t('skip.heading')}
      </h3>
      {entries.length === 0 ? (
        <p className={styles.note}>{t('skip.none')}</p>
      ) : (
        <ul className={styles.list}>
          {entries.map(({ kind, key }) => {
            const title = titleOf(kind, key);
            return (
              <li key={`${kind}:${key}`} className={styles.item} data-testid="hidden-entry">
                <span>{t(kind === 'series' ? 'skip.series' : 'skip.once', { title })}</span>
                <Button size="small" aria-label={t('skip.undoNamed', { title })} onClick={() => unhide(kind, key)} data-testid="hidden-undo">
                  {t('skip.undo')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
