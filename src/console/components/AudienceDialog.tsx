import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, MessageBar, MessageBarBody, Textarea,
  makeStyles, tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Audience } from '../../shared/api';
import type { AdminClient } from '../api/adminClient';
import { firstNonGuid, parseList } from '../model/access';
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
  const [name, setName] = useState(audience?.name ?? '');
  const [users, setUsers] = useState<string[]>(audience?.users ?? []);
  const [groups, setGroups] = useState((audience?.groups ?? []).join('\n'));
  const [roles, setRoles] = useState((audience?.roles ?? []).join('\n'));
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const badGroup = firstNonGuid(parseList(groups));

  const save = () => {
    if (!name.trim()) return setError('Give the audience a name.');
    if (badGroup) return setError(`“${badGroup}” is not an Entra group object id.`);
    setSaving(true);
    setError(undefined);
    const input = { name: name.trim(), users, groups: parseList(groups), roles: parseList(roles) };
    (audience ? api.updateAudience(audience.id, input) : api.createAudience(input)).then(onSaved, (e: unknown) => {
      setSaving(false);
      setError(e instanceof Error ? e.message : 'The audience could not be saved.');
    });
  };

  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{audience ? `Edit ${audience.name}` : 'New audience'}</DialogTitle>
          <DialogContent className={styles.content}>
            <Field label="Name" required>
              <Input value={name} maxLength={100} onChange={(_e, data) => setName(data.value)} />
            </Field>
            <PeoplePicker api={api} label="People" selected={users} onChange={setUsers} />
            <Field
              label="Entra group object ids"
              hint="One a line. Matched against the token's groups claim."
              validationState={badGroup ? 'error' : 'none'}
              validationMessage={badGroup ? `“${badGroup}” is not an object id.` : undefined}
            >
              <Textarea value={groups} resize="vertical" onChange={(_e, data) => setGroups(data.value)} />
            </Field>
            <Field label="App roles" hint="One a line, e.g. Upnext.Pilot. Assign the role to groups in Entra: it works for people in any number of groups.">
              <Textarea value={roles} resize="vertical" onChange={(_e, data) => setRoles(data.value)} />
            </Field>
            {error && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>{error}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>Cancel</Button>
            <Button appearance="primary" onClick={save} disabled={saving}>
              {saving ? 'Saving…' : 'Save'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
