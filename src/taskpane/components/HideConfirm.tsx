/** Asks before hiding a meeting that has a Join link, and hides it on a yes. Its own chunk: only a hide needs it. */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { Meeting } from '../../shared/api';
import type { HiddenKind } from '../model/hidden';
import { hideMeeting } from '../model/hiding';
import { useI18n } from '../i18n';
import { usePreferences } from '../preferences';

export interface HideConfirmProps {
  meeting: Meeting;
  kind: HiddenKind;
  onClose(): void;
}

export default function HideConfirm({ meeting, kind, onClose }: HideConfirmProps) {
  const { t, dir } = useI18n();
  const { hidden, setHidden } = usePreferences();
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface dir={dir} data-testid="hide-confirm">
        <DialogBody>
          <DialogTitle>{t('skip.confirmTitle')}</DialogTitle>
          <DialogContent>{t(kind === 'series' ? 'skip.confirmSeries' : 'skip.confirmOnce', { title: meeting.title })}</DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              data-testid="hide-confirm-yes"
              onClick={() => {
                onClose();
                setHidden(hideMeeting(hidden, kind, meeting));
              }}
            >
              {t('skip.confirm')}
            </Button>
            <Button appearance="secondary" onClick={onClose}>
              {t('skip.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
