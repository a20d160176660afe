import { makeStyles, tokens } from '@fluentui/react-components';
import type { MeetingService } from '../../shared/joinlink/types';
import { serviceTile } from '../model/serviceIcon';

const useStyles = makeStyles({
  tile: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    width: '16px',
    height: '16px',
    borderRadius: tokens.borderRadiusSmall,
    fontSize: '10px',
    lineHeight: '16px',
    fontWeight: tokens.fontWeightBold,
    fontFamily: tokens.fontFamilyBase,
    // In high contrast the colours go; the outline keeps the tile visible.
    '@media (forced-colors: active)': { outline: `${tokens.strokeWidthThin} solid CanvasText` },
  },
});

/** The meeting service's tile (letter on its colour): drawn, so no image request and no network. */
export function ServiceIcon({ service }: { service: MeetingService }) {
  const styles = useStyles();
  const tile = serviceTile(service);
  return (
    <span className={styles.tile} style={{ backgroundColor: tile.background, color: tile.foreground }} aria-hidden="true" data-testid="service-icon">
      {tile.letter}
    </span>
  );
}
