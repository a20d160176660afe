import {
  Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, MessageBar, MessageBarBody,
  Radio, RadioGroup, makeStyles, tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Audience, Integration, IntegrationAccess } from '../../shared/api';
import type { AdminClient } from '../api/adminClient';
import { useConsoleI18n } from '../i18n/catalogue';
import { errorText } from '../i18n/errorText';
import { membersSummary } from '../model/access';
import { PeoplePicker } from './PeoplePicker';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { display: 'flex', flexDirection: 'column', margin: 0, padding: 0, border: 'none' },
  legend: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS, padding: 0 },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface ManageAccessDialogProps {
  api: AdminClient;
  /** Kept mounted and closed through `open`, so Fluent's modal restores the page on close. */
  open: boolean;
  integration: Integration;
  audiences: Audience[];
  onClose(): void;
  onSaved(integration: Integration): void;
}

/** "Manage access": everyone, or specific recipients (audiences and people). */
export function ManageAccessDialog({ api, open, integration, audiences, onClose, onSaved }: ManageAccessDialogProps) {
  const styles = useStyles();
  const i18n = useConsoleI18n();
  const { t } = i18n;
  const [access, setAccess] = useState<IntegrationAccess>(integration.access);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  const toggle = (id: string, on: boolean) =>
    setAccess((a) => ({ ...a, audiences: on ? [...a.audiences, id] : a.audiences.filter((x) => x !== id) }));

  const save = () => {
    setSaving(true);
    setError(undefined);
    api.updateIntegration(integration.provider, { access }).then(
      (saved) => onSaved(saved),
      (e: unknown) => {
        setSaving(false);
        setError(errorText(i18n, e, 'access.saveFailed'));
      },
    );
  };

  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('access.title', { name: integration.name })}</DialogTitle>
          <DialogContent className={styles.content}>
            <Field label={t('access.who')}>
              <RadioGroup value={access.mode} onChange={(_e, data) => setAccess((a) => ({ ...a, mode: data.value as IntegrationAccess['mode'] }))}>
                <Radio value="all" label={t('access.all')} />
                <Radio value="specific" label={t('access.specific')} />
              </RadioGroup>
            </Field>
            {access.mode === 'specific' && (
              <>
                <fieldset className={styles.list}>
                  <legend className={styles.legend}>{t('access.audiencesLegend')}</legend>
                  {audiences.length === 0 && <span className={styles.hint}>{t('access.noAudiences')}</span>}
                  {audiences.map((a) => (
                    <Checkbox
                      key={a.id}
                      checked={access.audiences.includes(a.id)}
                      onChange={(_e, data) => toggle(a.id, data.checked === true)}
                      label={t('access.audienceOption', { name: a.name, members: membersSummary(i18n, a) })}
                    />
                  ))}
                </fieldset>
                <PeoplePicker api={api} label={t('access.peopleLabel')} selected={access.users} onChange={(users) => setAccess((a) => ({ ...a, users }))} />
              </>
            )}
            {error && (
              <MessageBar intent="error">
                <MessageBarBody>{error}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t('shell.cancel')}</Button>
            <Button appearance="primary" onClick={save} disabled={saving}>
              {t(saving ? 'shell.saving' : 'shell.save')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
