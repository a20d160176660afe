/** Asks before hiding a meeting that has a Join link. Its own chunk: only a hide needs it. */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { HiddenRules } from '../model/hidden';
import { useI18n } from '../i18n';

export interface HideConfirmProps {
  title: string;
  kind: keyof HiddenRules;
  onConfirm(): void;
  onCancel(): void;
}

export default function HideConfirm({ title, kind, onConfirm, onCancel }: HideConfirmProps) {
  const { t, dir } = useI18n();
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface dir={dir} data-testid="hide-confirm">
        <DialogBody>
          <DialogTitle>{t('skip.confirmTitle')}</DialogTitle>
          <DialogContent>{t(kind === 'series' ? 'skip.confirmSeries' : 'skip.confirmOnce', { title })}</DialogContent>
          <DialogActions>
            <Button appearance="primary" data-testid="hide-confirm-yes" onClick={onConfirm}>
              {t('skip.confirm')}
            </Button>
            <Button appearance="secondary" onClick={onCancel}>
              {t('skip.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
