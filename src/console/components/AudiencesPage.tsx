import {
  Button, MessageBar, MessageBarBody, MessageBarTitle, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow,
  makeStyles, tokens,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useDialog } from '../hooks/useDialog';
import type { Audience, Integration } from '../../shared/api';
import type { AdminClient } from '../api/adminClient';
import { membersSummary, plural, usedBy } from '../model/access';
import { AudienceDialog } from './AudienceDialog';
import { ConfirmDialog } from './ConfirmDialog';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS },
});

export interface AudiencesPageProps {
  api: AdminClient;
  audiences: Audience[];
  integrations: Integration[];
  groupsOverageUsers: number;
  onChanged(): void;
}

/** Audiences: create, rename, members, delete (the confirmation names where it is used). */
export function AudiencesPage({ api, audiences, integrations, groupsOverageUsers, onChanged }: AudiencesPageProps) {
  const styles = useStyles();
  const editor = useDialog<Audience | 'new'>();
  const deleter = useDialog<Audience>();
  const deleting = deleter.subject;
  const [error, setError] = useState<string>();

  const remove = (audience: Audience) => {
    api.deleteAudience(audience.id).then(
      () => {
        deleter.close();
        onChanged();
      },
      (e: unknown) => {
        deleter.close();
        setError(e instanceof Error ? e.message : 'The audience could not be deleted.');
      },
    );
  };
  const usage = deleting ? usedBy(deleting.id, integrations) : [];

  return (
    <section aria-labelledby="audiences-title" className={styles.page}>
      <div className={styles.head}>
        <h2 id="audiences-title" className={styles.title}>
          Audiences
        </h2>
        <Button appearance="primary" icon={<AddRegular />} onClick={() => editor.show('new')}>
          New audience
        </Button>
      </div>
      {groupsOverageUsers > 0 && (
        <MessageBar intent="warning" data-testid="overage-advice">
          <MessageBarBody>
            <MessageBarTitle>{plural(groupsOverageUsers, 'person is', 'people are')} in too many groups for their token</MessageBarTitle>
            Their token carries the groups overage claim instead of their groups, so group audiences cannot include them. Assign an app role to
            their group in Entra and add the role to the audience, or add them as people.
          </MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <Table aria-labelledby="audiences-title">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Name</TableHeaderCell>
            <TableHeaderCell>Members</TableHeaderCell>
            <TableHeaderCell>Used by</TableHeaderCell>
            <TableHeaderCell>Actions</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {audiences.length === 0 && (
            <TableRow>
              <TableCell colSpan={4}>No audiences yet.</TableCell>
            </TableRow>
          )}
          {audiences.map((a) => (
            <TableRow key={a.id}>
              <TableCell>{a.name}</TableCell>
              <TableCell>{membersSummary(a)}</TableCell>
              <TableCell>{usedBy(a.id, integrations).map((i) => i.name).join(', ') || '—'}</TableCell>
              <TableCell>
                <div className={styles.actions}>
                  <Button size="small" onClick={() => editor.show(a)} aria-label={`Edit ${a.name}`}>
                    Edit
                  </Button>
                  <Button size="small" appearance="subtle" onClick={() => deleter.show(a)} aria-label={`Delete ${a.name}`}>
                    Delete
                  </Button>
                </div>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {editor.subject && (
        <AudienceDialog
          key={editor.key}
          open={editor.open}
          api={api}
          audience={editor.subject === 'new' ? undefined : editor.subject}
          onClose={editor.close}
          onSaved={() => {
            editor.close();
            onChanged();
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          key={deleter.key}
          open={deleter.open}
          title={`Delete “${deleting.name}”?`}
          confirm="Delete audience"
          onConfirm={() => remove(deleting)}
          onCancel={deleter.close}
        >
          {usage.length
            ? `It is used by the access list of ${usage.map((i) => i.name).join(' and ')}. It will be removed from there, and people who had access only through it lose access at once.`
            : 'No integration uses it.'}
        </ConfirmDialog>
      )}
    </section>
  );
}
