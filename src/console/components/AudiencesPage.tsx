import {
  Button, MessageBar, MessageBarBody, MessageBarTitle, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow,
  makeStyles, tokens,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useDialog } from '../hooks/useDialog';
import type { Audience, Integration } from '../../shared/api';
import type { AdminClient } from '../api/adminClient';
import { listOf, useConsoleI18n } from '../i18n/catalogue';
import { errorText } from '../i18n/errorText';
import { membersSummary, usedBy } from '../model/access';
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
  const i18n = useConsoleI18n();
  const { t } = i18n;
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
        setError(errorText(i18n, e, 'audiences.deleteFailed'));
      },
    );
  };
  const usage = deleting ? usedBy(deleting.id, integrations) : [];

  return (
    <section aria-labelledby="audiences-title" className={styles.page}>
      <div className={styles.head}>
        <h2 id="audiences-title" className={styles.title}>
          {t('audiences.title')}
        </h2>
        <Button appearance="primary" icon={<AddRegular />} onClick={() => editor.show('new')}>
          {t('audiences.new')}
        </Button>
      </div>
      {groupsOverageUsers > 0 && (
        <MessageBar intent="warning" data-testid="overage-advice">
          <MessageBarBody>
            <MessageBarTitle>{t('audiences.overage.title', { count: groupsOverageUsers })}</MessageBarTitle>
            {t('audiences.overage.body')}
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
            <TableHeaderCell>{t('audiences.col.name')}</TableHeaderCell>
            <TableHeaderCell>{t('audiences.col.members')}</TableHeaderCell>
            <TableHeaderCell>{t('audiences.col.usedBy')}</TableHeaderCell>
            <TableHeaderCell>{t('audiences.col.actions')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {audiences.length === 0 && (
            <TableRow>
              <TableCell colSpan={4}>{t('audiences.empty')}</TableCell>
            </TableRow>
          )}
          {audiences.map((a) => (
            <TableRow key={a.id}>
              <TableCell>{a.name}</TableCell>
              <TableCell>{membersSummary(i18n, a)}</TableCell>
              <TableCell>{listOf(i18n, usedBy(a.id, integrations).map((i) => i.name), 'unit') || '—'}</TableCell>
              <TableCell>
                <div className={styles.actions}>
                  <Button size="small" onClick={() => editor.show(a)} aria-label={t('audiences.editNamed', { name: a.name })}>
                    {t('audiences.edit')}
                  </Button>
                  <Button size="small" appearance="subtle" onClick={() => deleter.show(a)} aria-label={t('audiences.deleteNamed', { name: a.name })}>
                    {t('audiences.delete')}
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
          title={t('audiences.delete.title', { name: deleting.name })}
          confirm={t('audiences.delete.confirm')}
          onConfirm={() => remove(deleting)}
          onCancel={deleter.close}
        >
          {usage.length ? t('audiences.delete.used', { names: listOf(i18n, usage.map((i) => i.name)) }) : t('audiences.delete.unused')}
        </ConfirmDialog>
      )}
    </section>
  );
}
