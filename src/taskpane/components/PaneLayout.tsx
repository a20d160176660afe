import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';

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
  // Wide windows (a browser tab) get a readable column, not a line across the screen.
  column: { width: '100%', maxWidth: '720px', marginInline: 'auto', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // Title, search and menu stay in view while the list scrolls under them.
  top: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginBlockStart: `calc(-1 * ${tokens.spacingHorizontalM})`,
    paddingBlock: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  title: { margin: 0, flexGrow: 1, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  status: { margin: 0, minHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});

export interface PaneLayoutProps {
  busy: boolean;
  /** Buttons after the title (at its right, or its left in right-to-left languages). */
  actions?: ReactNode;
  /** Under the title, sticky with it (the search box). */
  toolbar?: ReactNode;
  /** The first thing Tab reaches ("Skip to next meeting"). */
  skipLink?: ReactNode;
  /** A short status ("Passcode copied"), shown and read out politely. */
  status?: string;
  children: ReactNode;
}

/** The pane's frame: title bar with actions, content, and one polite status line. */
export function PaneLayout({ busy, actions, toolbar, skipLink, status, children }: PaneLayoutProps) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <main className={styles.root} aria-busy={busy}>
      <div className={styles.column}>
        {skipLink}
        <div className={styles.top}>
          <header className={styles.header}>
            <h1 className={styles.title}>{t('app.name')}</h1>
            {actions}
          </header>
          {toolbar}
        </div>
        {children}
        <p className={styles.status} role="status" aria-live="polite" data-testid="status">
          {status}
        </p>
      </div>
    </main>
  );
}
