import {
  Badge, Button, Field, Input, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow,
  makeStyles, tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import type { AuditVerifyResponse } from '../../shared/admin-api';
import type { AuditEntry } from '../../shared/api';
import type { AdminClient } from '../api/adminClient';
import { dateTimeOf, useConsoleI18n } from '../i18n/catalogue';
import { errorText } from '../i18n/errorText';
import { actionText, changeText, filterEntries, targetText } from '../model/audit';

const PAGE = 50;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  head: { display: 'flex', alignItems: 'end', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  tools: { display: 'flex', alignItems: 'end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  change: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: 'break-word' },
});

/** The audit log: newest first, filter, more pages, CSV download, and whether the hash chain holds. */
export function AuditPage({ api }: { api: AdminClient }) {
  const styles = useStyles();
  const i18n = useConsoleI18n();
  const { t } = i18n;
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [next, setNext] = useState<string>();
  const [filter, setFilter] = useState('');
  const [verdict, setVerdict] = useState<AuditVerifyResponse>();
  const [error, setError] = useState<string>();

  const load = useCallback(
    (before?: string) => {
      api.audit({ limit: PAGE, ...(before ? { before } : {}) }).then(
        (page) => {
          setEntries((old) => (before ? [...old, ...page.entries] : page.entries));
          setNext(page.next);
        },
        (e: unknown) => setError(errorText(i18n, e, 'audit.loadFailed')),
      );
    },
    [api, i18n],
  );
  useEffect(() => {
    load();
    api.verifyAudit().then(setVerdict, () => setVerdict(undefined));
  }, [api, load]);

  const download = () => {
    api.auditCsv().then((blob) => {
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = 'upnext-audit.csv';
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }, (e: unknown) => setError(errorText(i18n, e, 'audit.downloadFailed')));
  };

  const shown = filterEntries(i18n, entries, filter);
  return (
    <section aria-labelledby="audit-title" className={styles.page}>
      <div className={styles.head}>
        <h2 id="audit-title" className={styles.title}>
          {t('audit.title')}{' '}
          {verdict && (
            <Badge appearance="tint" color={verdict.ok ? 'success' : 'danger'} data-testid="audit-chain">
              {verdict.ok ? t('audit.verified', { count: verdict.entries }) : t('audit.broken', { entry: verdict.brokenAt ?? '?' })}
            </Badge>
          )}
        </h2>
        <div className={styles.tools}>
          <Field label={t('audit.filter')}>
            <Input value={filter} onChange={(_e, data) => setFilter(data.value)} placeholder={t('audit.filterPlaceholder')} />
          </Field>
          <Button icon={<ArrowDownloadRegular />} onClick={download}>
            {t('audit.download')}
          </Button>
        </div>
      </div>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <Table aria-labelledby="audit-title" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('audit.col.when')}</TableHeaderCell>
            <TableHeaderCell>{t('audit.col.who')}</TableHeaderCell>
            <TableHeaderCell>{t('audit.col.action')}</TableHeaderCell>
            <TableHeaderCell>{t('audit.col.target')}</TableHeaderCell>
            <TableHeaderCell>{t('audit.col.change')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.length === 0 && (
            <TableRow>
              <TableCell colSpan={5}>{t(entries.length ? 'audit.noMatch' : 'audit.empty')}</TableCell>
            </TableRow>
          )}
          {shown.map((e) => (
            <TableRow key={e.id}>
              <TableCell>{dateTimeOf(i18n, e.at)}</TableCell>
              <TableCell>{e.actor.name}</TableCell>
              <TableCell>{actionText(i18n, e.action)}</TableCell>
              <TableCell>{targetText(i18n, e.target)}</TableCell>
              {/* JSON reads left to right in every language. */}
              <TableCell className={styles.change} dir="ltr">
                {changeText(e)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {next && (
        <div>
          <Button onClick={() => load(next)}>{t('audit.older')}</Button>
        </div>
      )}
    </section>
  );
}
