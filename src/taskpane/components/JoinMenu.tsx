/**
 * The other ways into a meeting, behind the chevron next to Join. Its own chunk: Fluent's Menu
 * (positioning, focus management) weighs about as much as the rest of the pane, and nobody needs
 * it before the meetings are on screen.
 */
import { Button, Menu, MenuDivider, MenuGroup, MenuGroupHeader, MenuItem, MenuItemLink, MenuList, MenuPopover, MenuTrigger, makeStyles, tokens } from '@fluentui/react-components';
import { CallRegular, ChevronDownRegular, CopyRegular, LinkRegular, OpenRegular, WindowNewRegular } from '@fluentui/react-icons';
import type { Meeting } from '../../shared/api';
import { dialInTelUrl } from '../../shared/joinlink';
import type { JoinLink } from '../../shared/joinlink/types';

const useStyles = makeStyles({
  value: { fontFamily: tokens.fontFamilyMonospace },
});

export interface JoinMenuProps {
  meeting: Meeting & { join: JoinLink };
  /** The trigger's look, to sit flush against the Join button. */
  triggerClassName?: string;
  primary: boolean;
  onOpen(url: string): void;
  onOpenApp(url: string): void;
  onCopy(what: string, text: string): void;
  /** Open as soon as it mounts (the person clicked the placeholder before the chunk arrived). */
  defaultOpen?: boolean;
  /** Take focus on mount (the placeholder it replaces had it). */
  autoFocus?: boolean;
}

export default function JoinMenu({ meeting, triggerClassName, primary, onOpen, onOpenApp, onCopy, defaultOpen, autoFocus }: JoinMenuProps) {
  const styles = useStyles();
  const { join } = meeting;
  const hasDetails = join.passcode !== undefined || join.meetingId !== undefined;
  return (
    <Menu positioning="below-end" defaultOpen={defaultOpen}>
      <MenuTrigger disableButtonEnhancement>
        <Button
          // Only when this menu replaces its lazily loaded placeholder under the person's focus: focus stays where it was.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus={autoFocus}
          className={triggerClassName}
          appearance={primary ? 'primary' : 'secondary'}
          size="small"
          icon={<ChevronDownRegular />}
          aria-label={`More ways to join ${meeting.title}`}
          data-testid="join-more"
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {join.appUrl !== undefined && (
            <MenuItem icon={<WindowNewRegular />} onClick={() => onOpenApp(join.appUrl!)}>
              Open in {join.service.name} app
            </MenuItem>
          )}
          <MenuItem icon={<LinkRegular />} onClick={() => onCopy('Link', join.url)}>
            Copy link
          </MenuItem>
          {hasDetails && <MenuDivider />}
          {join.meetingId !== undefined && (
            <MenuItem icon={<CopyRegular />} secondaryContent={<span className={styles.value}>{join.meetingId}</span>} onClick={() => onCopy('Meeting ID', join.meetingId!)}>
              Copy meeting ID
            </MenuItem>
          )}
          {join.passcode !== undefined && (
            <MenuItem icon={<CopyRegular />} secondaryContent={<span className={styles.value}>{join.passcode}</span>} onClick={() => onCopy('Passcode', join.passcode!)}>
              Copy passcode
            </MenuItem>
          )}
          {join.dialIn !== undefined && join.dialIn.length > 0 && (
            <>
              <MenuDivider />
              <MenuGroup>
                <MenuGroupHeader>Dial in</MenuGroupHeader>
                {join.dialIn.map((dial) => (
                  <MenuItemLink key={`${dial.number}|${dial.pin ?? ''}`} icon={<CallRegular />} href={dialInTelUrl(dial)} secondaryContent={dial.label}>
                    {dial.number}
                  </MenuItemLink>
                ))}
              </MenuGroup>
            </>
          )}
          {meeting.webLink !== undefined && (
            <>
              <MenuDivider />
              <MenuItem icon={<OpenRegular />} onClick={() => onOpen(meeting.webLink!)}>
                {meeting.provider === 'google-calendar' ? 'Open in Google Calendar' : 'Open in Outlook'}
              </MenuItem>
            </>
          )}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
