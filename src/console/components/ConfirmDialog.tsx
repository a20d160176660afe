import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useConsoleI18n } from '../i18n/catalogue';

export interface ConfirmDialogProps {
  /** Kept mounted and closed through `open`, so Fluent's modal restores the page on close. */
  open: boolean;
  title: string;
  children: ReactNode;
  confirm: string;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** An alert dialog for a change that cannot be undone. */
export function ConfirmDialog({ open, title, children, confirm, busy, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useConsoleI18n();
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_e, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <Button onClick={onCancel}>{t('shell.cancel')}</Button>
            <Button appearance="primary" onClick={onConfirm} disabled={busy}>
              {confirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
