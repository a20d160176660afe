import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { LockClosed24Regular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  page: { maxWidth: '36em', margin: '0 auto', padding: tokens.spacingVerticalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** What someone who is not an Upnext admin sees: why, and how to become one. */
export function NotAdminPage({ name }: { name: string }) {
  const styles = useStyles();
  return (
    <main className={styles.page} data-testid="not-admin">
      <h1 className={styles.title}>
        <LockClosed24Regular aria-hidden="true" />
        You need the Upnext.Admin role
      </h1>
      <Text>
        {name ? `${name}, you are signed in, but the` : 'The'} Upnext admin console is only for people who hold the Upnext.Admin app role in your organization.
      </Text>
      <Text>
        Ask an administrator to assign you (or a group you are in) the Upnext.Admin role on the Upnext enterprise application in Microsoft Entra, then sign in again.
      </Text>
    </main>
  );
}
