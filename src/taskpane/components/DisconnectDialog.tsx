/**
 * "Disconnect <provider>?": says what is removed and offers this device or all the person's
 * devices (what each removes: docs/SECURITY.md "Disconnect"). Its own chunk: opened from the menu.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { DisconnectScope } from '../api/client';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  text: { margin: 0 },
  help: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});

export interface DisconnectDialogProps {
  name: string;
  /** "connected as …", when known. */
  account?: string;
  busy?: boolean;
  onConfirm(scope: DisconnectScope): void;
  onCancel(): void;
}

export default function DisconnectDialog({ name, account, busy = false, onConfirm, onCancel }: DisconnectDialogProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [scope, setScope] = useState<DisconnectScope>('device');
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface aria-describedby="disconnect-body" data-testid="disconnect-dialog">
        <DialogBody>
          <DialogTitle>{t('connection.disconnect.title', { name })}</DialogTitle>
          <DialogContent className={styles.content}>
            <p id="disconnect-body" className={styles.text}>
              {t('connection.disconnect.body')}
              {account && <> ({account})</>}
            </p>
            <RadioGroup value={scope} onChange={(_, data) => setScope(data.value as DisconnectScope)} aria-labelledby="disconnect-body">
              <Radio
                value="device"
                label={
                  <>
                    {t('connection.disconnect.device')}
                    <span className={styles.help}>{t('connection.disconnect.deviceHelp')}</span>
                  </>
                }
              />
              <Radio
                value="all"
                label={
                  <>
                    {t('connection.disconnect.all')}
                    <span className={styles.help}>{t('connection.disconnect.allHelp', { name })}</span>
                  </>
                }
              />
            </RadioGroup>
          </DialogContent>
          <DialogActions>
            <Button onClick={onCancel}>{t('connection.cancel')}</Button>
            <Button appearance="primary" disabledFocusable={busy} onClick={() => !busy && onConfirm(scope)}>
              {t('connection.disconnect.confirm')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
