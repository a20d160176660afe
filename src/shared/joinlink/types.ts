/** What join-link detection reads from a calendar event (brief §4). */
export interface JoinLinkInput {
  /** The provider's structured join URL (Graph `onlineMeeting.joinUrl`). */
  joinUrl?: string | null;
  /** Graph `onlineMeetingProvider`, e.g. `teamsForBusiness`, `skypeForBusiness`, `unknown`. */
  onlineMeetingProvider?: string | null;
  /** Display names / URIs of the event's location(s). */
  locations?: Array<string | null | undefined>;
  /** The event body. */
  body?: { contentType: 'html' | 'text'; content: string } | null;
}

export interface MeetingService {
  id: string;
  name: string;
}

export interface DialIn {
  number: string;
  label?: string;
  pin?: string;
}

/** The result: the one link Join opens, and what else the invitation told us. */
export interface JoinLink {
  service: MeetingService;
  /** Always `https:`. */
  url: string;
  /** The service's own app scheme, built by us (never copied from the invitation). */
  appUrl?: string;
  meetingId?: string;
  passcode?: string;
  dialIn?: DialIn[];
}
