/** The "Keyboard shortcuts" dialog (`?` or the pane menu): its own chunk with Fluent's Dialog. */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { HostKind } from '../host/types';
import { useI18n, type MessageKey } from '../i18n';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase300 },
  cell: { paddingBlock: tokens.spacingVerticalXS, paddingInlineEnd: tokens.spacingHorizontalM, textAlign: 'start', verticalAlign: 'top' },
  head: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  kbd: {
    display: 'inline-block',
    minWidth: '1.5em',
    paddingInline: tokens.spacingHorizontalXS,
    marginInlineEnd: tokens.spacingHorizontalXXS,
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    fontFamily: tokens.fontFamilyMonospace,
    textAlign: 'center',
    whiteSpace: 'nowrap',
  },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, marginBlock: tokens.spacingVerticalS },
});

/** Every shortcut the pane answers, in the order the dialog lists them. */
export const SHORTCUTS: ReadonlyArray<{ keys: readonly string[]; action: MessageKey }> = [
  { keys: ['J'], action: 'keys.join' },
  { keys: ['/'], action: 'keys.search' },
  { keys: ['?'], action: 'keys.help' },
  { keys: ['↑', '↓'], action: 'keys.moveCard' },
  { keys: ['Home', 'End'], action: 'keys.firstLast' },
  { keys: ['Esc'], action: 'keys.clearSearch' },
  { keys: ['Ctrl+Shift+J', '⌘+Shift+J'], action: 'keys.joinChord' },
  { keys: ['Ctrl+Shift+E', '⌘+Shift+E'], action: 'keys.searchChord' },
];

const HOST_NOTE: Record<HostKind, MessageKey> = { browser: 'keys.hostBrowser', office: 'keys.hostOffice', teams: 'keys.hostTeams' };

export interface ShortcutsDialogProps {
  host: HostKind;
  onClose(): void;
}

export default function ShortcutsDialog({ host, onClose }: ShortcutsDialogProps) {
  const styles = useStyles();
  const { t, dir } = useI18n();
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface dir={dir} data-testid="shortcuts-dialog">
        <DialogBody>
          <DialogTitle>{t('keys.dialogTitle')}</DialogTitle>
          <DialogContent>
            <p className={styles.note}>{t('keys.dialogIntro')}</p>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col" className={`${styles.cell} ${styles.head}`}>{t('keys.keyColumn')}</th>
                  <th scope="col" className={`${styles.cell} ${styles.head}`}>{t('keys.actionColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {SHORTCUTS.map((s) => (
                  <tr key={s.action}>
                    <td className={styles.cell}>
                      {s.keys.map((k) => (
                        <kbd key={k} className={styles.kbd}>{k}</kbd>
                      ))}
                    </td>
                    <td className={styles.cell}>{t(s.action)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className={styles.note} data-testid="host-note">{t(HOST_NOTE[host])}</p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>{t('keys.close')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
