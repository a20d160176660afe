import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, MessageBar, MessageBarBody, Textarea,
  makeStyles, tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Audience } from '../../shared/api';
import type { AdminClient } from '../api/adminClient';
import { firstNonGuid, parseList } from '../model/access';
import { useConsoleI18n } from '../i18n/catalogue';
import { errorText } from '../i18n/errorText';
import { PeoplePicker } from './PeoplePicker';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface AudienceDialogProps {
  api: AdminClient;
  /** Kept mounted and closed through `open`, so Fluent's modal restores the page on close. */
  open: boolean;
  /** Absent: a new audience. */
  audience?: Audience;
  onClose(): void;
  onSaved(audience: Audience): void;
}

/** Create or edit an audience: its name, people, Entra group ids and app-role values. */
export function AudienceDialog({ api, open, audience, onClose, onSaved }: AudienceDialogProps) {
  const styles = useStyles();
  const i18n = useConsoleI18n();
  const { t } = i18n;
  const [name, setName] = useState(audience?.name ?? '');
  const [users, setUsers] = useState<string[]>(audience?.users ?? []);
  const [groups, setGroups] = useState((audience?.groups ?? []).join('\n'));
  const [roles, setRoles] = useState((audience?.roles ?? []).join('\n'));
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const badGroup = firstNonGuid(parseList(groups));

  const save = () => {
    if (!name.trim()) return setError(t('audience.nameMissing'));
    if (badGroup) return setError(t('audience.notGroupId', { id: badGroup }));
    setSaving(true);
    setError(undefined);
    const input = { name: name.trim(), users, groups: parseList(groups), roles: parseList(roles) };
    (audience ? api.updateAudience(audience.id, input) : api.createAudience(input)).then(onSaved, (e: unknown) => {
      setSaving(false);
      setError(errorText(i18n, e, 'audience.saveFailed'));
    });
  };

  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{audience ? t('audiences.editNamed', { name: audience.name }) : t('audiences.new')}</DialogTitle>
          <DialogContent className={styles.content}>
            <Field label={t('audience.name')} required>
              <Input value={name} maxLength={100} onChange={(_e, data) => setName(data.value)} />
            </Field>
            <PeoplePicker api={api} label={t('audience.people')} selected={users} onChange={setUsers} />
            <Field
              label={t('audience.groups')}
              hint={t('audience.groupsHint')}
              validationState={badGroup ? 'error' : 'none'}
              validationMessage={badGroup ? t('audience.notObjectId', { id: badGroup }) : undefined}
            >
              <Textarea value={groups} resize="vertical" onChange={(_e, data) => setGroups(data.value)} />
            </Field>
            <Field label={t('audience.roles')} hint={t('audience.rolesHint')}>
              <Textarea value={roles} resize="vertical" onChange={(_e, data) => setRoles(data.value)} />
            </Field>
            {error && (
              <MessageBar intent="error" role="alert">
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
