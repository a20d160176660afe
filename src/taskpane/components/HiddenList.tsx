/** The settings panel's list of skip rules, each with Undo (part of the settings chunk). */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Meeting } from '../../shared/api';
import { useI18n } from '../i18n';
import type { HiddenEntry, HiddenKind } from '../model/hidden';
import { unhide } from '../model/hiding';
import { usePreferences } from '../preferences';

// Laid out like the panel's fields: a label-like heading (Fluent's Field label), then the entries.
const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightRegular },
  list: { listStyleType: 'none', margin: 0, paddingInlineStart: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // The title takes what room is left and wraps (long titles, German); Undo keeps its size.
  name: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  undo: { flexShrink: 0 },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function HiddenList({ meetings }: { meetings: readonly Meeting[] }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { hidden, setHidden } = usePreferences();
  // The list's title when the meeting is still loaded (it may have been renamed), else the one
  // kept when it was hidden: a hidden meeting has usually left the list by the time anyone looks.
  const titleOf = (kind: HiddenKind, { key, title }: HiddenEntry) =>
    meetings.find((m) => (kind === 'series' ? m.seriesKey === key : m.id === key))?.title ?? title ?? t('skip.unknown');
  // Newest first.
  const entries = [
    ...(hidden?.series ?? []).map((entry) => ({ kind: 'series' as const, entry })),
    ...(hidden?.ids ?? []).map((entry) => ({ kind: 'ids' as const, entry })),
  ].sort((a, b) => b.entry.at - a.entry.at);
  return (
    <section aria-labelledby="hidden-heading" className={styles.section} data-testid="settings-hidden">
      <h3 id="hidden-heading" className={styles.heading}>
        {t('skip.heading')}
      </h3>
      {entries.length === 0 ? (
        <p className={styles.note}>{t('skip.none')}</p>
      ) : (
        <ul className={styles.list}>
          {entries.map(({ kind, entry }) => {
            const title = titleOf(kind, entry);
            return (
              <li key={`${kind}:${entry.key}`} className={styles.item} data-testid="hidden-entry">
                <span className={styles.name}>{t(kind === 'series' ? 'skip.series' : 'skip.once', { title })}</span>
                <Button size="small" className={styles.undo} aria-label={t('skip.undoNamed', { title })} onClick={() => setHidden(unhide(hidden, kind, entry.key))} data-testid="hidden-undo">
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
