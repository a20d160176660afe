import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { LockClosed24Regular } from '@fluentui/react-icons';
import { useConsoleI18n } from '../i18n/catalogue';

const useStyles = makeStyles({
  page: { maxWidth: '36em', margin: '0 auto', padding: tokens.spacingVerticalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** What someone who is not an Upnext admin sees: why, and how to become one. */
export function NotAdminPage({ name }: { name: string }) {
  const styles = useStyles();
  const { t } = useConsoleI18n();
  return (
    <main className={styles.page} data-testid="not-admin">
      <h1 className={styles.title}>
        <LockClosed24Regular aria-hidden="true" />
        {t('shell.notAdmin.title')}
      </h1>
      <Text>{name ? t('shell.notAdmin.named', { name }) : t('shell.notAdmin.anonymous')}</Text>
      <Text>{t('shell.notAdmin.ask')}</Text>
    </main>
  );
}
