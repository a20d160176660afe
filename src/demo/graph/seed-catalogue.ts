/**
 * What a demo user's week looks like: one line per meeting, laid out on the next five working days,
 * plus a few on calendar days around them (yesterday, a week ago, a week ahead) so search has a
 * past to find; the list never shows those that have ended.
 */
import type { EmailAddress, GraphEvent, GraphResponse } from './types';

export const COLLEAGUES = {
  sam: { name: 'Sam Okafor', address: 'sam.okafor@upnextdemo.onmicrosoft.com' },
  lena: { name: 'Lena Fischer', address: 'lena.fischer@upnextdemo.onmicrosoft.com' },
  marco: { name: 'Marco Rossi', address: 'marco.rossi@upnextdemo.onmicrosoft.com' },
  aisha: { name: 'Aisha Bello', address: 'aisha.bello@upnextdemo.onmicrosoft.com' },
  tom: { name: 'Tom Chen', address: 'tom.chen@upnextdemo.onmicrosoft.com' },
  ravi: { name: 'Ravi Kumar', address: 'ravi.kumar@contoso.com' },
  emma: { name: 'Emma Larsen', address: 'emma.larsen@fabrikam.com' },
  chris: { name: 'Chris Park', address: 'chris.park@northwindtraders.com' },
  priya: { name: 'Priya Desai', address: 'priya.desai@upnextdemo.onmicrosoft.com' },
} satisfies Record<string, EmailAddress>;

export type MeetingKind = 'teams' | 'zoom' | 'zoom-vanity' | 'zoom-safelinks' | 'webex' | 'gong' | 'meet' | 'room' | 'none';

export interface MeetingSpec {
  key: string;
  /** Working day 0-4, a slot relative to now, or a calendar day this many days from today (negative: past). */
  day: number | 'now-running' | 'now-next' | { daysFromToday: number };
  /** Local [hour, minute] and length in minutes; ignored for all-day and "now" slots. */
  at?: [number, number];
  minutes?: number;
  allDay?: boolean;
  subject: string;
  kind: MeetingKind;
  response: GraphResponse;
  organizer: EmailAddress | 'self';
  with: EmailAddress[];
  agenda: string;
  room?: string;
  showAs?: GraphEvent['showAs'];
  sensitivity?: GraphEvent['sensitivity'];
  importance?: GraphEvent['importance'];
  cancelled?: boolean;
}

const c = COLLEAGUES;

export const CATALOGUE: MeetingSpec[] = [
  { key: 'now-running', day: 'now-running', subject: 'Platform weekly sync', kind: 'teams', response: 'accepted', organizer: c.lena, with: [c.sam, c.marco, c.tom], agenda: 'Status of the Q3 platform epics, on-call handover, open incidents.' },
  { key: 'now-next', day: 'now-next', subject: 'Northwind renewal call', kind: 'zoom', response: 'accepted', organizer: c.chris, with: [c.aisha], agenda: 'Renewal terms for 2027 and the SSO rollout timeline.' },

  { key: 'design-review', day: 0, at: [10, 0], minutes: 30, subject: 'Design review: task pane', kind: 'teams', response: 'accepted', organizer: c.aisha, with: [c.lena, c.tom], agenda: 'Walk through the new Join button states and the empty state.' },
  { key: 'contoso-call', day: 0, at: [11, 0], minutes: 60, subject: 'Contoso — quarterly business review', kind: 'zoom', response: 'tentativelyAccepted', organizer: c.ravi, with: [c.aisha, c.sam], agenda: 'QBR agenda: usage, support tickets, roadmap preview.', importance: 'high' },
  { key: 'one-on-one', day: 0, at: [11, 30], minutes: 30, subject: '1:1 Sam / me', kind: 'teams', response: 'accepted', organizer: c.sam, with: [], agenda: 'Weekly 1:1.' },
  { key: 'lunch-learn', day: 0, at: [13, 0], minutes: 60, subject: 'Lunch & learn: Rust for TypeScript developers', kind: 'webex', response: 'notResponded', organizer: c.marco, with: [c.lena, c.tom, c.sam], agenda: 'Bring your lunch. Recording will be shared afterwards.' },
  { key: 'pipeline', day: 0, at: [15, 0], minutes: 30, subject: 'Pipeline review', kind: 'gong', response: 'accepted', organizer: c.aisha, with: [c.chris], agenda: 'Deal-by-deal review of the enterprise pipeline.' },

  { key: 'interview', day: 1, at: [10, 0], minutes: 45, subject: 'Interview: Senior Backend Engineer', kind: 'meet', response: 'accepted', organizer: c.emma, with: [c.marco], agenda: 'Candidate packet is in the hiring folder. Please submit feedback within 24 hours.', sensitivity: 'private' },
  { key: 'planning', day: 1, at: [12, 0], minutes: 60, subject: 'Quarterly planning', kind: 'room', response: 'accepted', organizer: c.lena, with: [c.sam, c.marco, c.aisha, c.tom], room: 'Conf Room Rainier (12)', agenda: 'In person only. Lunch provided.' },
  { key: 'vendor-sync', day: 1, at: [14, 0], minutes: 30, subject: 'Fabrikam vendor sync', kind: 'zoom-safelinks', response: 'accepted', organizer: c.emma, with: [c.tom], agenda: 'Integration status and the open security questionnaire.' },
  { key: 'roadmap', day: 1, at: [16, 0], minutes: 30, subject: 'Canceled: Roadmap sync', kind: 'teams', response: 'accepted', organizer: c.sam, with: [c.lena], agenda: 'This meeting has been cancelled; we will cover it in planning.', cancelled: true, showAs: 'free' },

  { key: 'release-freeze', day: 2, allDay: true, subject: 'Release freeze — v4.2', kind: 'none', response: 'accepted', organizer: c.tom, with: [c.sam, c.lena], agenda: 'No deploys to production today.', showAs: 'free' },
  { key: 'arch-deep-dive', day: 2, at: [10, 0], minutes: 60, subject: 'Architecture deep dive: token vault', kind: 'teams', response: 'declined', organizer: c.marco, with: [c.tom, c.lena], agenda: 'Threat model and key hierarchy for the vault.', showAs: 'free' },
  { key: 'partner-update', day: 2, at: [13, 0], minutes: 30, subject: 'Partner update (Webex)', kind: 'webex', response: 'accepted', organizer: c.ravi, with: [c.aisha], agenda: 'Monthly partner update.' },
  { key: 'coaching', day: 2, at: [15, 0], minutes: 60, subject: 'Call coaching session', kind: 'gong', response: 'tentativelyAccepted', organizer: c.aisha, with: [c.sam], agenda: 'Review two recorded calls together.' },

  { key: 'security-review', day: 3, at: [11, 0], minutes: 30, subject: 'Security review: Upnext connect flow', kind: 'teams', response: 'organizer', organizer: 'self', with: [c.marco, c.tom], agenda: 'Please read the SECURITY.md draft before the meeting.' },
  { key: 'onboarding', day: 3, at: [13, 0], minutes: 60, subject: 'Customer onboarding — Fabrikam', kind: 'zoom-vanity', response: 'accepted', organizer: c.emma, with: [c.aisha], agenda: 'Kick-off: admin consent, pilot group, success criteria.' },
  { key: 'hiring-sync', day: 3, at: [14, 0], minutes: 60, subject: 'Hiring sync', kind: 'meet', response: 'tentativelyAccepted', organizer: c.emma, with: [c.marco, c.lena], agenda: 'Pipeline of open roles.' },
  { key: 'focus', day: 3, at: [16, 0], minutes: 60, subject: 'Focus time', kind: 'none', response: 'organizer', organizer: 'self', with: [], agenda: 'Heads-down time.', showAs: 'busy' },

  { key: 'demo-prep', day: 4, at: [10, 0], minutes: 30, subject: 'Demo prep', kind: 'teams', response: 'accepted', organizer: c.tom, with: [c.lena], agenda: 'Dry run of the sprint demo.' },
  { key: 'sprint-review', day: 4, at: [11, 0], minutes: 60, subject: 'Sprint review', kind: 'teams', response: 'accepted', organizer: c.lena, with: [c.sam, c.marco, c.aisha, c.tom], agenda: 'Demos from every team. Stakeholders welcome.' },
  { key: 'board-prep', day: 4, at: [14, 0], minutes: 60, subject: 'Board deck prep', kind: 'zoom', response: 'notResponded', organizer: c.sam, with: [c.aisha], agenda: 'Final pass over the board deck.' },
  // The past and a week out, on calendar days whatever today is: "1:1 yesterday", "retro last week", "with Priya next week".
  { key: 'priya-1on1-past', day: { daysFromToday: -1 }, at: [14, 0], minutes: 30, subject: '1:1 with Priya', kind: 'teams', response: 'accepted', organizer: c.priya, with: [], agenda: 'Weekly 1:1: goals, feedback, anything blocking.' },
  { key: 'retro-past', day: { daysFromToday: -7 }, at: [15, 0], minutes: 60, subject: 'Sprint retrospective', kind: 'zoom', response: 'accepted', organizer: c.lena, with: [c.sam, c.priya, c.tom], agenda: 'What went well, what did not, what we change.' },
  { key: 'design-review-past', day: { daysFromToday: -6 }, at: [10, 0], minutes: 30, subject: 'Design review: onboarding emails', kind: 'teams', response: 'accepted', organizer: c.aisha, with: [c.lena], agenda: 'Copy and layout of the three onboarding emails.' },
  { key: 'priya-1on1-next', day: { daysFromToday: 7 }, at: [14, 0], minutes: 30, subject: '1:1 with Priya', kind: 'teams', response: 'accepted', organizer: c.priya, with: [], agenda: 'Weekly 1:1: goals, feedback, anything blocking.' },
  { key: 'social', day: 4, at: [16, 0], minutes: 30, subject: 'Team social', kind: 'room', response: 'accepted', organizer: c.sam, with: [c.lena, c.marco, c.aisha, c.tom], room: 'Kitchen, 3rd floor', agenda: 'Snacks and board games.', showAs: 'free' },
];

/** The recurring daily standup: one occurrence each working day, one join link for the whole series. */
export const STANDUP: Omit<MeetingSpec, 'day' | 'key'> = {
  at: [9, 30], minutes: 15, subject: 'Daily standup', kind: 'teams', response: 'accepted', organizer: c.sam,
  with: [c.lena, c.marco, c.tom], agenda: 'Yesterday, today, blockers. Keep it to 15 minutes.',
};
