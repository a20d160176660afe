import { makeStyles, tokens } from '@fluentui/react-components';
import type { MeetingService } from '../../shared/joinlink/types';
import { serviceMark, serviceTile } from '../model/serviceIcon';

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
  mark: {
    flexShrink: 0,
    width: '16px',
    height: '16px',
    // In high contrast the service's colours give way to the system's: ground in Canvas with an
    // edge, drawing in CanvasText, so the shape still reads.
    '@media (forced-colors: active)': {
      '& .ground': { fill: 'Canvas', stroke: 'CanvasText' },
      '& .fill': { fill: 'CanvasText' },
      '& .line': { stroke: 'CanvasText' },
    },
  },
});

/** The meeting service's mark (our drawing in its colours) or, for the rest, its letter tile: drawn, so no image request. */
export function ServiceIcon({ service }: { service: MeetingService }) {
  const styles = useStyles();
  const mark = serviceMark(service);
  if (mark) {
    return (
      <svg className={styles.mark} viewBox="0 0 16 16" aria-hidden="true" focusable="false" data-testid="service-icon" data-mark={service.id}>
        {mark.ground?.shape === 'circle' && <circle className="ground" cx="8" cy="8" r="7.5" fill={mark.ground.color} />}
        {mark.ground?.shape === 'square' && <rect className="ground" x="0.5" y="0.5" width="15" height="15" rx="3" fill={mark.ground.color} />}
        {mark.parts.map((part, i) =>
          part.stroke ? (
            <path key={i} className="line" d={part.d} fill="none" stroke={part.stroke.color} strokeWidth={part.stroke.width} strokeLinecap="round" strokeLinejoin="round" />
          ) : (
            <path key={i} className="fill" d={part.d} fill={part.fill} />
          ),
        )}
      </svg>
    );
  }
  const tile = serviceTile(service);
  return (
    <span className={styles.tile} style={{ backgroundColor: tile.background, color: tile.foreground }} aria-hidden="true" data-testid="service-icon">
      {tile.letter}
    </span>
  );
}
