import { makeStyles, type PositioningShorthand } from '@fluentui/react-components';

/**
 * How the pane's menus open: below their button, above when there is more room there, and never
 * taller than the room they have (they scroll inside instead of running off the window).
 */
export const MENU_POSITIONING: PositioningShorthand = { position: 'below', align: 'end', autoSize: true };

/** Menus draw over the sticky header (z-index 1) and the skip link (2), so no item hides under them. */
export const useMenuLayer = makeStyles({ popover: { zIndex: 3 } });
