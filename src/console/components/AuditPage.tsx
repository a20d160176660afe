import {
  Badge, Button, Field, Input, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow,
  makeStyles, tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import type { AuditVerifyResponse } from '../../shared/admin-api';
import type { AuditEntry } from '../../shared/api';
import type { AdminClient } from '../api/adminClient';
import { actionText, changeText, filterEntries } from '../model/audit';

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
        (e: unknown) => setError(e instanceof Error ? e.message : 'The audit log could not be loaded.'),
      );
    },
    [api],
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
    }, (e: unknown) => setError(e instanceof Error ? e.message : 'The CSV could not be downloaded.'));
  };

  const shown = filterEntries(entries, filter);
  return (
    <section aria-labelledby="audit-title" className={styles.page}>
      <div className={styles.head}>
        <h2 id="audit-title" className={styles.title}>
          Audit log{' '}
          {verdict && (
            <Badge appearance="tint" color={verdict.ok ? 'success' : 'danger'} data-testid="audit-chain">
              {verdict.ok ? `Chain verified (${verdict.entries})` : `Chain broken at entry ${verdict.brokenAt}`}
            </Badge>
          )}
        </h2>
        <div className={styles.tools}>
          <Field label="Filter">
            <Input value={filter} onChange={(_e, data) => setFilter(data.value)} placeholder="Action, person or target" />
          </Field>
          <Button icon={<ArrowDownloadRegular />} onClick={download}>
            Download CSV
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
            <TableHeaderCell>When</TableHeaderCell>
            <TableHeaderCell>Who</TableHeaderCell>
            <TableHeaderCell>Action</TableHeaderCell>
            <TableHeaderCell>Target</TableHeaderCell>
            <TableHeaderCell>Before → after</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.length === 0 && (
            <TableRow>
              <TableCell colSpan={5}>{entries.length ? 'No entry matches the filter.' : 'No changes yet.'}</TableCell>
            </TableRow>
          )}
          {shown.map((e) => (
            <TableRow key={e.id}>
              <TableCell>{new Date(e.at).toLocaleString()}</TableCell>
              <TableCell>{e.actor.name}</TableCell>
              <TableCell>{actionText(e.action)}</TableCell>
              <TableCell>
                {e.target.type} {e.target.id}
              </TableCell>
              <TableCell className={styles.change}>{changeText(e)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {next && (
        <div>
          <Button onClick={() => load(next)}>Load older entries</Button>
        </div>
      )}
    </section>
  );
}
