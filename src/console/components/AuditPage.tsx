import {
  Badge, Button, Field, Input, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow,
  makeStyles, tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AuditVerifyResponse } from '../../shared/admin-api';
import type { Audience, AuditEntry } from '../../shared/api';
import type { AdminClient } from '../api/adminClient';
import { dateTimeOf, useConsoleI18n, type ConsoleKey } from '../i18n/catalogue';
import { errorText } from '../i18n/errorText';
import { actionText, auditNames, changeSummary, changeText, filterEntries, targetText } from '../model/audit';

const PAGE = 50;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  head: { display: 'flex', alignItems: 'end', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  tools: { display: 'flex', alignItems: 'end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  // Fixed columns, so a long line in the details scrolls inside its cell instead of widening the table.
  table: {
    tableLayout: 'fixed',
    '@media (max-width: 640px)': { display: 'block', '& thead': { display: 'none' }, '& tbody': { display: 'block' } },
  },
  // Narrow (a Teams tab, 340 px): each entry a block of labelled lines instead of five slim columns.
  row: {
    '@media (max-width: 640px)': {
      display: 'flex',
      flexDirection: 'column',
      gap: tokens.spacingVerticalXXS,
      paddingBlock: tokens.spacingVerticalS,
    },
  },
  cell: {
    overflowWrap: 'break-word',
    verticalAlign: 'top',
    paddingBlock: tokens.spacingVerticalXS,
    '@media (max-width: 640px)': { display: 'block', height: 'auto', paddingBlock: 0 },
  },
  label: {
    display: 'none',
    '@media (max-width: 640px)': { display: 'inline', fontWeight: tokens.fontWeightSemibold, marginInlineEnd: tokens.spacingHorizontalXS },
  },
  changeColumn: { width: '34%' },
  lines: { margin: 0, padding: 0, listStyleType: 'none' },
  details: { marginBlockStart: tokens.spacingVerticalXXS },
  summary: { cursor: 'pointer', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  // The exact JSON for an auditor: one line per JSON line, scrolled sideways, never wrapped per letter.
  json: {
    margin: 0,
    maxWidth: '100%',
    overflowX: 'auto',
    whiteSpace: 'pre',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalXS,
  },
});

/** The audit log: newest first, filter, more pages, CSV download, and whether the hash chain holds. */
export function AuditPage({ api, audiences }: { api: AdminClient; audiences: readonly Audience[] }) {
  const styles = useStyles();
  const i18n = useConsoleI18n();
  const { t } = i18n;
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [next, setNext] = useState<string>();
  const [filter, setFilter] = useState('');
  const [verdict, setVerdict] = useState<AuditVerifyResponse>();
  const [error, setError] = useState<string>();
  // People the directory knows, so members read as names (someone missing reads as such, never an id).
  const [people, setPeople] = useState<ReadonlyArray<{ oid: string; name: string }>>([]);

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
    api.users('').then(setPeople, () => setPeople([]));
  }, [api, load]);
  const names = useMemo(() => auditNames(i18n, audiences, people, entries), [i18n, audiences, people, entries]);

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

  const shown = filterEntries(i18n, entries, filter, names);
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
      <Table aria-labelledby="audit-title" size="small" className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('audit.col.when')}</TableHeaderCell>
            <TableHeaderCell>{t('audit.col.who')}</TableHeaderCell>
            <TableHeaderCell>{t('audit.col.action')}</TableHeaderCell>
            <TableHeaderCell>{t('audit.col.target')}</TableHeaderCell>
            <TableHeaderCell className={styles.changeColumn}>{t('audit.col.change')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.length === 0 && (
            <TableRow>
              <TableCell colSpan={5}>{t(entries.length ? 'audit.noMatch' : 'audit.empty')}</TableCell>
            </TableRow>
          )}
          {shown.map((e) => {
            const lines = changeSummary(i18n, e, names);
            const cell = (label: ConsoleKey, content: ReactNode) => (
              <TableCell className={styles.cell}>
                <span className={styles.label}>{t(label)}:</span>
                {typeof content === 'string' ? <span>{content}</span> : content}
              </TableCell>
            );
            return (
              <TableRow key={e.id} className={styles.row} data-testid="audit-entry">
                {cell('audit.col.when', dateTimeOf(i18n, e.at))}
                {cell('audit.col.who', e.actor.name)}
                {cell('audit.col.action', actionText(i18n, e.action))}
                {cell('audit.col.target', targetText(i18n, e.target, names))}
                {cell(
                  'audit.col.change',
                  <>
                    {lines.length > 0 && (
                      <ul className={styles.lines} data-testid="audit-summary">
                        {lines.map((line) => (
                          <li key={line}>{line}</li>
                        ))}
                      </ul>
                    )}
                    <details className={styles.details}>
                      <summary className={styles.summary}>{t('audit.details')}</summary>
                      {/* JSON reads left to right in every language. */}
                      <pre className={styles.json} dir="ltr">
                        {changeText(e)}
                      </pre>
                    </details>
                  </>,
                )}
              </TableRow>
            );
          })}
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
