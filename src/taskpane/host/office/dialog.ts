import { DIALOG_EVENT_RECEIVED, DIALOG_MESSAGE_RECEIVED, type OfficeApi, type OfficeDialogEvent, type OfficeDialogMessage } from './officeApi';

/** Office's dialog error codes (displayDialogAsync and DialogEventReceived). */
export const DIALOG_ALREADY_OPEN = 12007;
export const DIALOG_BLOCKED = 12009;
export const DIALOG_CLOSED_BY_USER = 12006;

export type DialogOutcome =
  | { kind: 'message'; message: string; origin: string | undefined }
  /** The user closed it, or it could not show its page. */
  | { kind: 'closed'; code: number }
  /** Never opened: blocked by the user or the browser, or another dialog is open. */
  | { kind: 'blocked'; code: number };

export interface OpenDialog {
  /** The first message or the end of the dialog, whichever comes first. */
  readonly outcome: Promise<DialogOutcome>;
  close(): void;
}

/**
 * Opens an Office dialog on `url` (which must be on the add-in's own origin) and turns its
 * callbacks into one promise. Nothing here throws inside an Office callback: every path ends by
 * resolving the outcome.
 */
export function openDialog(office: OfficeApi, url: string, size = { height: 60, width: 30 }): OpenDialog {
  let dialogClose: (() => void) | undefined;
  let closed = false;
  let settle: (outcome: DialogOutcome) => void = () => undefined;
  const outcome = new Promise<DialogOutcome>((resolve) => {
    settle = (value) => {
      resolve(value);
      settle = () => undefined;
    };
    try {
      office.context.ui.displayDialogAsync(url, size, (result) => {
        try {
          if (result.status !== 'succeeded') {
            settle({ kind: 'blocked', code: result.error?.code ?? 0 });
            return;
          }
          const dialog = result.value;
          dialogClose = () => {
            try {
              dialog.close();
            } catch {
              // Already gone.
            }
          };
          if (closed) dialogClose();
          dialog.addEventHandler(DIALOG_MESSAGE_RECEIVED, (arg) => {
            const { message, origin } = arg as OfficeDialogMessage;
            settle({ kind: 'message', message: typeof message === 'string' ? message : '', origin });
          });
          dialog.addEventHandler(DIALOG_EVENT_RECEIVED, (arg) => {
            settle({ kind: 'closed', code: (arg as OfficeDialogEvent).error });
          });
        } catch {
          settle({ kind: 'closed', code: 0 });
        }
      });
    } catch {
      settle({ kind: 'blocked', code: 0 });
    }
  });
  return {
    outcome,
    close() {
      closed = true;
      dialogClose?.();
      settle({ kind: 'closed', code: DIALOG_CLOSED_BY_USER });
    },
  };
}

/** A dialog message counts only from our own origin (when the host says where it came from). */
export function fromOrigin(outcome: { origin: string | undefined }, origin: string): boolean {
  return outcome.origin === undefined || outcome.origin === origin;
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
