import type { ServiceDefinition } from './service-types';

/**
 * Every meeting service we recognise, as data: hosts, URL shapes, app-URL template (icons: `service-icons.ts`).
 * Path patterns are anchored and free of nested quantifiers so matching stays linear.
 * Order matters only for display; a link matches at most one row because hosts do not overlap.
 */
const ZOOM_APP = 'zoommtg://{host}/join?action=join&confno={id}[&pwd={secret}]';
const ROOM = /^\/(?<room>[A-Za-z0-9][A-Za-z0-9_.-]{1,63})\/?$/;

export const SERVICES: readonly ServiceDefinition[] = [
  {
    id: 'teams', name: 'Microsoft Teams',
    providers: ['teamsForBusiness'], appSchemes: ['msteams:'],
    patterns: [
      {
        hosts: ['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft', 'gov.teams.microsoft.us', 'dod.teams.microsoft.us'],
        path: /^\/l\/meetup-join\/(?<room>[^/]+)(?:\/[^/]*)?$/, app: 'msteams:{path}',
      },
      {
        hosts: ['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft', 'gov.teams.microsoft.us', 'dod.teams.microsoft.us'],
        path: /^\/meet\/(?<id>\d{9,16})\/?$/, passcodeParam: 'p', app: 'msteams:{path}',
      },
      // Bookings / virtual appointments.
      { hosts: ['visit.teams.microsoft.com'], path: /^\/webrtc-svc\/api\/route$/, query: ['convId'], keyParam: 'convId' },
    ],
  },
  {
    id: 'zoom', name: 'Zoom', dialPinIsMeetingId: true, appSchemes: ['zoommtg:'],
    patterns: [
      {
        hosts: ['zoom.us', '*.zoom.us', 'zoom.com', '*.zoom.com', 'zoom.com.cn', '*.zoom.com.cn'],
        path: /^\/[jw]\/(?<id>\d{9,11})\/?$/, secretParam: 'pwd', app: ZOOM_APP,
      },
      { hosts: ['zoom.us', '*.zoom.us', 'zoom.com', '*.zoom.com'], path: /^\/wc\/(?:join\/(?<id>\d{9,11})|(?<wid>\d{9,11})\/join)$/, secretParam: 'pwd' },
      // Personal links (`/my/<name>`) resolve on Zoom's side; the app cannot join them by name.
      { hosts: ['zoom.us', '*.zoom.us', 'zoom.com', '*.zoom.com'], path: /^\/my\/(?<room>[A-Za-z0-9._-]{2,64})\/?$/, secretParam: 'pwd' },
    ],
  },
  {
    id: 'zoomgov', name: 'ZoomGov', dialPinIsMeetingId: true,
    patterns: [
      { hosts: ['zoomgov.com', '*.zoomgov.com'], path: /^\/[jw]\/(?<id>\d{9,11})\/?$/, secretParam: 'pwd' },
      { hosts: ['zoomgov.com', '*.zoomgov.com'], path: /^\/my\/(?<room>[A-Za-z0-9._-]{2,64})\/?$/, secretParam: 'pwd' },
    ],
  },
  {
    // Webex documents no app scheme for meeting links; its https links hand off to the app themselves.
    id: 'webex', name: 'Webex', dialPinIsMeetingId: true,
    patterns: [
      { hosts: ['*.webex.com'], path: /^\/(?<site>[A-Za-z0-9_-]+)\/(?:k2\/)?j\.php$/, query: ['MTID'], keyParam: 'MTID' },
      { hosts: ['*.webex.com'], path: /^\/(?<site>[A-Za-z0-9_-]+)\/onstage\/g\.php$/, query: ['MTID'], keyParam: 'MTID' },
      { hosts: ['*.webex.com'], path: /^\/(?:meet|join)\/(?<room>[A-Za-z0-9._-]+)\/?$/ },
      { hosts: ['*.webex.com'], path: /^\/(?:wbxmjs\/joinservice|webappng)\/sites\/(?<site>[A-Za-z0-9_-]+)\/meeting\/download\/(?<room>[0-9a-fA-F]{32})$/ },
    ],
  },
  {
    id: 'gong', name: 'Gong',
    patterns: [{ hosts: ['join.gong.io', '*.join.gong.io'], path: /^\/(?<room>[A-Za-z0-9._~%-]+(?:\/[A-Za-z0-9._~%-]+){0,3})$/ }],
  },
  {
    id: 'google-meet', name: 'Google Meet', providers: ['hangoutsMeet'],
    patterns: [
      { hosts: ['meet.google.com'], path: /^\/(?:_meet\/)?(?<id>[a-z]{3}-[a-z]{4}-[a-z]{3})\/?$/ },
      { hosts: ['meet.google.com'], path: /^\/lookup\/(?<room>[A-Za-z0-9_-]+)$/ },
    ],
  },
  {
    id: 'google-meet-stream', name: 'Google Meet live stream',
    patterns: [{ hosts: ['stream.meet.google.com'], path: /^\/stream\/(?<room>[a-z0-9-]{8,64})$/ }],
  },
  {
    id: 'hangouts', name: 'Google Hangouts',
    patterns: [
      { hosts: ['hangouts.google.com'], path: /^\/call\/(?<room>[A-Za-z0-9_-]+)$/ },
      { hosts: ['hangouts.google.com'], path: /^\/hangouts\/_\/(?:[a-z0-9.-]+\/)?(?<room>[A-Za-z0-9_-]+)$/ },
    ],
  },
  {
    id: 'goto', name: 'GoTo Meeting', dialPinIsMeetingId: true,
    notRooms: ['install', 'join', 'login', 'download'],
    patterns: [
      { hosts: ['global.gotomeeting.com', 'gotomeeting.com', 'www.gotomeeting.com', 'meet.goto.com'], path: /^\/join\/(?<id>\d{9})\/?$/ },
      { hosts: ['meet.goto.com'], path: /^\/(?<id>\d{9})\/?$/ },
      { hosts: ['meet.goto.com'], path: /^\/(?<room>[A-Za-z][A-Za-z0-9_-]{2,63})\/?$/ },
      { hosts: ['app.gotomeeting.com'], path: /^\/(?:index\.html)?$/, query: ['meetingId'], idParam: 'meetingId' },
    ],
  },
  {
    id: 'gotowebinar', name: 'GoTo Webinar',
    patterns: [{ hosts: ['global.gotowebinar.com', 'attendee.gotowebinar.com'], path: /^\/join\/(?<id>\d{6,20})(?:\/\d{6,20})?\/?$/ }],
  },
  {
    id: 'gototraining', name: 'GoTo Training',
    patterns: [{ hosts: ['global.gototraining.com'], path: /^\/join\/training\/(?<id>\d{6,20})(?:\/\d{6,20})?\/?$/ }],
  },
  {
    id: 'chime', name: 'Amazon Chime', dialPinIsMeetingId: true, appSchemes: ['chime:'],
    patterns: [
      { hosts: ['chime.aws'], path: /^\/(?<id>\d{10})\/?$/, app: 'chime://meeting?pin={id}' },
      { hosts: ['app.chime.aws'], path: /^\/meetings\/?$/, query: ['pin'], idParam: 'pin', app: 'chime://meeting?pin={id}' },
    ],
  },
  {
    id: 'bluejeans', name: 'BlueJeans', dialPinIsMeetingId: true,
    patterns: [
      { hosts: ['bluejeans.com', '*.bluejeans.com'], path: /^\/(?<id>\d{6,12})(?:\/(?<pass>\d{1,8}))?\/?$/, passcodeSegment: 2 },
      { hosts: ['primetime.bluejeans.com'], path: /^\/a2m\/live-event\/(?<room>[A-Za-z0-9]+)$/ },
    ],
  },
  {
    id: 'ringcentral', name: 'RingCentral', dialPinIsMeetingId: true,
    patterns: [
      { hosts: ['meetings.ringcentral.com', 'meetings-officeathand.att.com'], path: /^\/j\/(?<id>\d{9,11})\/?$/, secretParam: 'pwd' },
      { hosts: ['v.ringcentral.com', 'video.ringcentral.com'], path: /^\/join\/(?<id>\d{6,12})\/?$/, secretParam: 'pw' },
    ],
  },
  {
    id: 'jitsi', name: 'Jitsi Meet', appSchemes: ['jitsi-meet:'],
    notRooms: ['static', 'libs', 'sounds', 'images', 'css', 'lang', 'fonts', 'external_api.js', 'config.js'],
    patterns: [
      { hosts: ['meet.jit.si'], path: /^\/(?<room>[A-Za-z0-9][A-Za-z0-9_.%-]{2,127})$/, app: 'jitsi-meet://{host}{path}' },
      // Anyone can name a host `jitsi.<their domain>`: a self-hosted instance counts only as the event's own join URL.
      { hosts: ['jitsi.*'], path: /^\/(?<room>[A-Za-z0-9][A-Za-z0-9_.%-]{2,127})$/, app: 'jitsi-meet://{host}{path}', only: ['structured'] },
    ],
  },
  {
    id: 'whereby', name: 'Whereby', notHosts: ['www.whereby.com', 'docs.whereby.com'],
    notRooms: ['information', 'pricing', 'user', 'login', 'org', 'blog', 'product', 'legal', 'about', 'careers', 'embed', 'support', 'signup', 'download', 'business'],
    patterns: [{ hosts: ['whereby.com', '*.whereby.com'], path: /^\/(?<room>[A-Za-z0-9][A-Za-z0-9-]{1,39})\/?$/ }],
  },
  {
    id: '8x8', name: '8x8 Meet', notRooms: ['static', 'libs'],
    patterns: [{ hosts: ['8x8.vc'], path: /^\/(?:(?<tenant>[A-Za-z0-9_-]+)\/)?(?<room>[A-Za-z0-9][A-Za-z0-9_.%-]{2,127})$/ }],
  },
  {
    id: 'slack', name: 'Slack huddle', appSchemes: ['slack:'],
    patterns: [{ hosts: ['app.slack.com'], path: /^\/huddle\/(?<team>T[A-Z0-9]{6,12})\/(?<room>[CDG][A-Z0-9]{6,12})\/?$/, app: 'slack://join-huddle?team={team}&id={room}' }],
  },
  {
    id: 'discord', name: 'Discord', appSchemes: ['discord:'],
    patterns: [
      { hosts: ['discord.com', 'ptb.discord.com', 'canary.discord.com', 'discordapp.com'], path: /^\/channels\/(?<guild>\d{15,22})\/(?<room>\d{15,22})\/?$/, app: 'discord://-/channels/{guild}/{room}' },
      { hosts: ['discord.com', 'discordapp.com'], path: /^\/invite\/(?<room>[A-Za-z0-9-]{2,32})\/?$/, app: 'discord://-/invite/{room}' },
      { hosts: ['discord.gg'], path: /^\/(?<room>[A-Za-z0-9-]{2,32})\/?$/, app: 'discord://-/invite/{room}' },
    ],
  },
  {
    id: 'skype', name: 'Skype', providers: ['skypeForConsumer'],
    notRooms: ['invite'],
    patterns: [{ hosts: ['join.skype.com'], path: /^\/(?<id>[A-Za-z0-9]{8,16})\/?$/ }],
  },
  {
    id: 'skype-for-business', name: 'Skype for Business', providers: ['skypeForBusiness'],
    patterns: [
      { hosts: ['meet.lync.com'], path: /^\/(?<tenant>[A-Za-z0-9_.-]+)\/(?<user>[A-Za-z0-9_.-]+)\/(?<id>[A-Za-z0-9]{6,12})$/ },
      // On-premises servers have any name; trust them only as the event's own join URL.
      { hosts: ['meet.*', 'lync.*', 'join.*'], path: /^\/(?<user>[A-Za-z0-9_.-]+)\/(?<id>[A-Za-z0-9]{6,12})$/, only: ['structured'] },
    ],
  },
  {
    id: 'lifesize', name: 'Lifesize', dialPinIsMeetingId: true,
    patterns: [{ hosts: ['call.lifesizecloud.com', 'guest.lifesizecloud.com'], path: /^\/(?<id>\d{4,12})\/?$/ }],
  },
  {
    id: 'vonage', name: 'Vonage Meetings',
    patterns: [{ hosts: ['meetings.vonage.com'], path: /^\/(?<id>\d{9})\/?$/ }],
  },
  {
    id: 'around', name: 'Around',
    patterns: [
      { hosts: ['around.co', 'meet.around.co'], path: /^\/r\/(?<room>[A-Za-z0-9_-]{2,64})\/?$/ },
    ],
  },
  {
    id: 'livestorm', name: 'Livestorm',
    patterns: [{ hosts: ['app.livestorm.co', 'app.livestorm.com'], path: /^\/p\/(?<id>[0-9a-f-]{8,40})(?:\/(?:live|event))?\/?$/ }],
  },
  {
    id: 'riverside', name: 'Riverside',
    patterns: [{ hosts: ['riverside.fm', 'riverside.com'], path: /^\/studio\/(?<room>[A-Za-z0-9_-]{2,64})\/?$/ }],
  },
  {
    id: 'streamyard', name: 'StreamYard',
    // Guest links are short random codes; requiring a digit keeps out pages like /integrations.
    patterns: [{ hosts: ['streamyard.com'], path: /^\/(?=[a-z]*\d)(?<room>[a-z0-9]{8,12})\/?$/ }],
  },
  {
    id: 'zoho-meeting', name: 'Zoho Meeting',
    patterns: [
      { hosts: ['meeting.zoho.com', 'meeting.zoho.eu', 'meeting.zoho.in', 'meeting.zoho.com.au', 'meeting.zoho.jp'], path: /^\/(?:meeting\/)?join$/, query: ['key'], idParam: 'key' },
      { hosts: ['meet.zoho.com', 'meet.zoho.eu', 'meet.zoho.in', 'meet.zoho.com.au'], path: /^\/(?<room>[A-Za-z0-9]{6,16})\/?$/ },
    ],
  },
  {
    id: 'zoho-cliq', name: 'Zoho Cliq',
    patterns: [{ hosts: ['cliq.zoho.com', 'cliq.zoho.eu', 'cliq.zoho.in', 'cliq.zoho.com.au'], path: /^\/meetings\/(?<room>[A-Za-z0-9_-]{4,64})\/?$/ }],
  },
  {
    id: 'lark', name: 'Lark',
    patterns: [{ hosts: ['vc.larksuite.com'], path: /^\/j\/(?<id>\d{9,12})\/?$/ }],
  },
  {
    id: 'feishu', name: 'Feishu',
    patterns: [{ hosts: ['vc.feishu.cn'], path: /^\/j\/(?<id>\d{9,12})\/?$/ }],
  },
  {
    id: 'voov', name: 'VooV Meeting',
    patterns: [{ hosts: ['voovmeeting.com', 'www.voovmeeting.com'], path: /^\/dm\/(?<room>[A-Za-z0-9]{6,20})\/?$/ }],
  },
  {
    id: 'tencent-meeting', name: 'Tencent Meeting',
    patterns: [
      { hosts: ['meeting.tencent.com'], path: /^\/dm\/(?<room>[A-Za-z0-9]{6,20})\/?$/ },
      { hosts: ['meeting.tencent.com'], path: /^\/p\/(?<id>\d{9,12})\/?$/ },
    ],
  },
  {
    id: 'zhumu', name: 'Zhumu',
    patterns: [{ hosts: ['zhumu.com', '*.zhumu.com'], path: /^\/j\/(?<id>\d{9,11})\/?$/, secretParam: 'pwd' }],
  },
  {
    id: 'gather', name: 'Gather',
    patterns: [{ hosts: ['app.gather.town', 'app.v2.gather.town'], path: /^\/app\/(?<space>[A-Za-z0-9]{8,32})\/(?<room>[A-Za-z0-9_%-]{1,64})$/, query: ['spawnToken', 'meeting'] }],
  },
  {
    id: 'tuple', name: 'Tuple',
    patterns: [{ hosts: ['tuple.app'], path: /^\/c\/(?<room>[A-Za-z0-9_-]{4,64})\/?$/ }],
  },
  {
    id: 'pop', name: 'Pop',
    patterns: [{ hosts: ['pop.com'], path: /^\/j\/(?<id>[0-9][0-9-]{5,20})\/?$/ }],
  },
  {
    id: 'demio', name: 'Demio',
    patterns: [{ hosts: ['event.demio.com', 'my.demio.com'], path: /^\/ref\/(?<room>[A-Za-z0-9]{6,32})\/?$/ }],
  },
  {
    id: 'vimeo', name: 'Vimeo Events',
    patterns: [
      { hosts: ['vimeo.com'], path: /^\/event\/(?<id>\d{4,12})(?:\/embed)?\/?$/ },
      { hosts: ['vimeo.com'], path: /^\/webinars\/events\/(?<id>[0-9a-f-]{8,40})\/?$/ },
    ],
  },
  {
    id: 'youtube', name: 'YouTube Live',
    patterns: [
      { hosts: ['youtube.com', 'www.youtube.com', 'm.youtube.com'], path: /^\/live\/(?<id>[A-Za-z0-9_-]{11})\/?$/ },
      // Any video link in a body is usually "watch this", not the meeting; only the location counts.
      { hosts: ['youtube.com', 'www.youtube.com', 'm.youtube.com'], path: /^\/watch$/, query: ['v'], idParam: 'v', only: ['structured', 'location'] },
      { hosts: ['youtu.be'], path: /^\/(?<id>[A-Za-z0-9_-]{11})$/, only: ['structured', 'location'] },
    ],
  },
  {
    id: 'livekit', name: 'LiveKit Meet',
    patterns: [{ hosts: ['meet.livekit.io'], path: /^\/rooms\/(?<room>[A-Za-z0-9_-]{2,64})\/?$/ }],
  },
  {
    id: 'cal-video', name: 'Cal Video',
    patterns: [{ hosts: ['app.cal.com', 'cal.com'], path: /^\/video\/(?<room>[A-Za-z0-9_-]{6,64})\/?$/ }],
  },
  {
    id: 'pumble', name: 'Pumble Meetings',
    patterns: [{ hosts: ['meet.pumble.com'], path: /^\/(?<room>[a-z0-9][a-z0-9-]{2,63})\/?$/ }],
  },
  {
    id: 'proton-meet', name: 'Proton Meet',
    patterns: [{ hosts: ['meet.proton.me'], path: /^\/join\/(?<room>[A-Za-z0-9_-]{4,64})\/?$/ }],
  },
  {
    id: 'facetime', name: 'FaceTime',
    patterns: [{ hosts: ['facetime.apple.com'], path: /^\/join$/, hash: /^#v=\d/ }],
  },
  {
    id: 'reclaim', name: 'Reclaim.ai',
    patterns: [{ hosts: ['reclaim.ai', 'app.reclaim.ai'], path: /^\/z\/(?<room>[A-Za-z0-9._-]{2,64})\/?$/ }],
  },
  {
    id: 'chorus', name: 'Chorus',
    patterns: [{ hosts: ['go.chorus.ai'], path: ROOM }],
  },
  {
    id: 'userzoom', name: 'UserZoom',
    patterns: [{ hosts: ['go.userzoom.com'], path: /^\/participate\/(?<room>[a-z0-9-]{6,64})\/?$/ }],
  },
  {
    id: 'doxy-me', name: 'Doxy.me', notHosts: ['www.doxy.me', 'help.doxy.me'],
    notRooms: ['en', 'es', 'pricing', 'features', 'sign-in', 'signin', 'signup', 'sign-up', 'about', 'blog', 'help', 'support', 'contact', 'terms', 'privacy'],
    patterns: [{ hosts: ['doxy.me', '*.doxy.me'], path: /^\/(?<room>[A-Za-z0-9][A-Za-z0-9_-]{1,63})\/?$/ }],
  },
  {
    id: 'meetecho', name: 'Meetecho',
    patterns: [{ hosts: ['meetings.conf.meetecho.com', '*.meetecho.com'], path: /^\/(?<room>[A-Za-z0-9_-]{2,64})\/?$/, query: ['group', 'session', 'short'] }],
  },
  {
    id: 'join-me', name: 'join.me',
    notRooms: ['download', 'app', 'login', 'help', 'pricing'],
    patterns: [{ hosts: ['join.me'], path: ROOM }],
  },
  {
    id: 'dialpad', name: 'Dialpad Meetings', dialPinIsMeetingId: true,
    notRooms: ['login', 'signup', 'pricing', 'features', 'download', 'app', 'support', 'blog'],
    patterns: [
      { hosts: ['meetings.dialpad.com'], path: /^\/(?:room\/)?(?<room>[A-Za-z0-9][A-Za-z0-9_.-]{1,63})\/?$/ },
      { hosts: ['uberconference.com', 'www.uberconference.com'], path: ROOM },
    ],
  },
  {
    id: 'blizz', name: 'Blizz',
    patterns: [{ hosts: ['go.blizz.com'], path: /^\/(?<room>[A-Za-z0-9]{4,32})\/?$/ }],
  },
  {
    id: 'teamviewer', name: 'TeamViewer Meeting',
    patterns: [{ hosts: ['go.teamviewer.com'], path: /^\/(?<room>m\d{6,12})\/?$/ }],
  },
  {
    id: 'vsee', name: 'VSee',
    patterns: [
      { hosts: ['vsee.com', 'www.vsee.com'], path: /^\/(?:u|c)\/(?<room>[A-Za-z0-9_.-]{2,64})\/?$/ },
      { hosts: ['*.vsee.me'], path: /^\/u\/(?<room>[A-Za-z0-9_.-]{2,64})\/?$/ },
    ],
  },
  {
    id: 'starleaf', name: 'StarLeaf',
    patterns: [{ hosts: ['meet.starleaf.com'], path: /^\/(?<id>\d{6,12})(?:\/app)?\/?$/ }],
  },
  {
    id: 'google-duo', name: 'Google Duo',
    patterns: [{ hosts: ['duo.app.goo.gl'], path: /^\/(?<room>[A-Za-z0-9]{4,32})\/?$/ }],
  },
  {
    id: 'workplace', name: 'Workplace from Meta',
    patterns: [{ hosts: ['*.workplace.com'], path: /^\/groupcall\/(?<room>[A-Za-z0-9_:-]{4,64})\/?$/ }],
  },
  {
    id: 'jam', name: 'Jam', notRooms: ['new'],
    patterns: [{ hosts: ['jam.systems'], path: /^\/(?<room>[a-z0-9][a-z0-9-]{2,63})\/?$/ }],
  },
  {
    id: 'blackboard-collaborate', name: 'Blackboard Collaborate',
    patterns: [{ hosts: ['*.bbcollab.com'], path: /^\/(?:guest|invite)\/(?<room>[A-Za-z0-9-]{8,64})\/?$/ }],
  },
  {
    id: 'coscreen', name: 'CoScreen',
    patterns: [{ hosts: ['join.coscreen.co'], path: /^\/(?<room>[A-Za-z0-9_-]{4,64})(?:\/[A-Za-z0-9_-]{1,64})?\/?$/ }],
  },
  {
    id: 'vowel', name: 'Vowel',
    patterns: [{ hosts: ['vowel.com', '*.vowel.com'], path: /^\/$/, hash: /^#\/g\/[A-Za-z0-9-]{4,}/ }],
  },
  {
    id: 'ovice', name: 'oVice', notHosts: ['www.ovice.in'],
    patterns: [{ hosts: ['*.ovice.in'], path: /^\/(?:[A-Za-z0-9@_:-]{1,64})?$/ }],
  },
  {
    id: 'luma', name: 'Luma',
    patterns: [{ hosts: ['lu.ma', 'luma.com'], path: /^\/join\/(?<room>[A-Za-z0-9_-]{4,64})\/?$/ }],
  },
  {
    id: 'venue', name: 'Venue',
    patterns: [{ hosts: ['app.venue.live'], path: /^\/app\/(?<room>[A-Za-z0-9_-]{2,64})(?:\/[A-Za-z0-9_-]{1,64})?\/?$/ }],
  },
  {
    id: 'teemyco', name: 'Teemyco',
    patterns: [{ hosts: ['app.teemyco.com'], path: /^\/room\/(?<room>[A-Za-z0-9_-]{2,64})\/?$/ }],
  },
  {
    id: 'suit-conference', name: 'Suit Conference',
    patterns: [{ hosts: ['conference.istesuit.com', '*.conference.istesuit.com'], path: /^\/(?<room>[A-Za-z0-9_-]{2,64})(?:\/[A-Za-z0-9_-]{1,64})?\/?$/ }],
  },
  {
    id: 'element-call', name: 'Element Call',
    patterns: [{ hosts: ['call.element.io'], path: /^\/room\/?$/, hash: /^#\/[A-Za-z0-9_-]{2,}/ }],
  },
  {
    id: 'bigbluebutton', name: 'BigBlueButton',
    // Always self-hosted, on any name: trusted only as the event's own join URL.
    patterns: [{ hosts: ['bbb.*', 'bigbluebutton.*'], path: /^\/(?:b|rooms)\/(?<room>[a-z0-9][a-z0-9-]{2,63})(?:\/join)?\/?$/, only: ['structured'] }],
  },
  {
    id: 'adobe-connect', name: 'Adobe Connect', notHosts: ['www.adobeconnect.com', 'helpx.adobeconnect.com'],
    notRooms: ['admin', 'system', 'api', 'common', 'content', 'help'],
    patterns: [{ hosts: ['*.adobeconnect.com'], path: ROOM }],
  },
  {
    id: 'clickmeeting', name: 'ClickMeeting', notHosts: ['www.clickmeeting.com', 'knowledge.clickmeeting.com', 'blog.clickmeeting.com'],
    notRooms: ['login', 'register', 'signup'],
    patterns: [{ hosts: ['*.clickmeeting.com'], path: ROOM }],
  },
  {
    id: 'daily', name: 'Daily', notHosts: ['www.daily.co', 'docs.daily.co', 'dashboard.daily.co', 'help.daily.co', 'status.daily.co', 'blog.daily.co'],
    patterns: [{ hosts: ['*.daily.co'], path: /^\/(?<room>[A-Za-z0-9][A-Za-z0-9_-]{1,63})\/?$/ }],
  },
  {
    id: 'airmeet', name: 'Airmeet',
    patterns: [{ hosts: ['airmeet.com', 'www.airmeet.com'], path: /^\/e\/(?<id>[0-9a-f-]{36})\/?$/ }],
  },
  {
    id: 'huddle01', name: 'Huddle01',
    patterns: [{ hosts: ['app.huddle01.com'], path: /^\/(?<room>[a-z]{3}-[a-z]{4}-[a-z]{3})\/?$/ }],
  },
  {
    id: 'signal', name: 'Signal call',
    patterns: [{ hosts: ['signal.link'], path: /^\/call\/?$/, hash: /^#key=[a-z]{4}/ }],
  },
  {
    id: 'whatsapp', name: 'WhatsApp call',
    patterns: [{ hosts: ['call.whatsapp.com'], path: /^\/(?:video|voice)\/(?<room>[A-Za-z0-9]{8,40})\/?$/ }],
  },
  {
    id: 'vidyo', name: 'Vidyo',
    patterns: [{ hosts: ['*.vidyocloud.com'], path: /^\/join\/(?<room>[A-Za-z0-9]{6,32})\/?$/ }],
  },
  {
    id: 'crowdcast', name: 'Crowdcast',
    patterns: [{ hosts: ['crowdcast.io', 'www.crowdcast.io'], path: /^\/e\/(?<room>[A-Za-z0-9_-]{2,64})(?:\/[A-Za-z0-9_-]{1,64})?\/?$/ }],
  },
  {
    id: 'avaya-spaces', name: 'Avaya Spaces',
    patterns: [{ hosts: ['spaces.avayacloud.com'], path: /^\/spaces\/(?<room>[0-9a-f]{24})\/?$/ }],
  },
  {
    id: 'dingtalk', name: 'DingTalk Meetings',
    patterns: [{ hosts: ['meeting.dingtalk.com'], path: /^\/j\/(?<room>[A-Za-z0-9]{6,20})\/?$/ }],
  },
];
