/**
 * Description cleaning for meeting assessment: HTML to plain text, and removal of the
 * join details that Zoom, Microsoft Teams, Google Meet, Webex, GoToMeeting and the Google
 * Calendar invite e-mail paste into a description. Those lines are never an agenda.
 *
 * Pure string processing: no DOM, no browser or Node APIs. Every function is linear in
 * the length of its input (no regex with nested or overlapping quantifiers) and never
 * throws, whatever the string (lone surrogates, 1 MB of markup, RTL, emoji).
 */

import { asciiLower, htmlToText, looksLikeHtml, MAX_RAW_CHARS } from '../text/html';
import { RegexUnion } from '../text/regex-union';
import { VIDEO_CALL_HOSTS } from '../text/video-hosts';

/** Text looked at after HTML conversion: the first 20,000 characters. */
export const MAX_TEXT_CHARS = 20_000;

// ---------------------------------------------------------------------------------------
// Text normalisation
// ---------------------------------------------------------------------------------------

/**
 * Plain text as the rules expect it: one kind of line break, ordinary spaces, no invisible
 * formatting characters, NFKC (full-width "：１．" become ":1."), straight apostrophes.
 */
export function normalizeText(text: string): string {
  let t = text;
  // Escaped ICS text ("Agenda:\n1. …" with literal backslash-n) when there is no real break.
  if (!t.includes('\n') && t.includes('\\n')) t = t.replace(/\\[nN]/g, '\n').replace(/\\([,;\\])/g, '$1');
  t = t
    .replace(/\r\n?|[\u2028\u2029\u0085\v\f]/g, '\n')
    .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g, '')
    .replace(/[\u2018\u2019\u02BC\u2032`´]/g, "'");
  try {
    t = t.normalize('NFKC');
  } catch {
    // normalize never throws on strings in practice; keep the text as it is if it does.
  }
  return t;
}

/**
 * A description as the rules read it: HTML converted to text when it looks like HTML,
 * normalised (see normalizeText), and cut to the first MAX_TEXT_CHARS characters.
 */
export function prepareDescription(input: string): string {
  const source = typeof input === 'string' ? input.slice(0, MAX_RAW_CHARS) : '';
  const text = looksLikeHtml(source) ? htmlToText(source) : source;
  return normalizeText(text.slice(0, MAX_TEXT_CHARS + 1000)).slice(0, MAX_TEXT_CHARS);
}

// ---------------------------------------------------------------------------------------
// Text with no letters beyond ASCII
// ---------------------------------------------------------------------------------------

const P_LETTER_MARK_NUMBER = /[\p{L}\p{M}\p{N}]/u;
const P_CJK_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const plainSeen = new Map<number, boolean>();

/**
 * Whether no character of `text` outside ASCII is a letter, a mark, a number or of a CJK
 * script ("Budget — Q3 •", emoji are fine). On such text an expression's \p{L}, \p{N} and
 * \p{M} match what their ASCII members match (and CJK classes nothing): the rules then use
 * ASCII versions, which compile in a fraction of the time.
 */
export function asciiLettersOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 128) continue;
    const cp = text.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    let plain = plainSeen.get(cp);
    if (plain === undefined) {
      const ch = String.fromCodePoint(cp);
      plain = !P_LETTER_MARK_NUMBER.test(ch) && !P_CJK_SCRIPT.test(ch);
      if (plainSeen.size >= 4096) plainSeen.clear();
      plainSeen.set(cp, plain);
    }
    if (!plain) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------
// Conference boilerplate
// ---------------------------------------------------------------------------------------

/** Hosts and paths whose links are join details, never content. */
const CONFERENCE_LINK_PARTS = [
  ...VIDEO_CALL_HOSTS,
  'aka.ms/jointeamsmeeting',
  'dialin.teams',
  'mysettings.lync.com',
  'lync.com',
  'microsoft-teams',
  'tel.meet',
  'g.co/meet',
  'support.google.com/a/users/answer/9282720',
  'calendar.google.com',
  'support.google.com/calendar',
  'global.gotomeeting',
  'meetings.ringcentral',
];

/** Whole lines (lower-cased, without bullets and trailing punctuation) that are join details. */
const BOILERPLATE_LINES = new Set([
  // Zoom
  'join zoom meeting',
  'join the zoom meeting',
  'one tap mobile',
  'dial by your location',
  'join by sip',
  'join by h.323',
  'join by skype for business',
  'join instructions',
  'join our cloud hd video meeting',
  'meeting url',
  'find your local number',
  'zoom-meeting beitreten',
  'schnelleinwahl mobil',
  'einwahl nach aktuellem standort',
  'ortseinwahl suchen',
  'über sip beitreten',
  'über h.323 beitreten',
  'participer à la réunion zoom',
  "une seule touche sur l'appareil mobile",
  'appareil mobile à une touche',
  'composez un numéro en fonction de votre emplacement',
  'composer selon votre emplacement',
  'trouvez votre numéro local',
  'rejoindre la réunion zoom',
  'unirse a la reunión zoom',
  'unirse a la reunión de zoom',
  'móvil con un toque',
  'marcar según su ubicación',
  'marque según su ubicación',
  'busque su número local',
  'entrar na reunião zoom',
  'ingressar na reunião zoom',
  'toque único no celular',
  'disque de acordo com sua localização',
  'encontre seu número local',
  'partecipa alla riunione zoom',
  'entra nella riunione zoom',
  'deelnemen aan zoom-vergadering',
  'zoomミーティングに参加する',
  '加入 zoom 会议',
  '加入zoom会议',
  'zoom 회의 참가',
  // Microsoft Teams
  'microsoft teams meeting',
  'microsoft teams',
  'microsoft teams need help',
  'join on your computer, mobile app or room device',
  'join on your computer or mobile app',
  'join on your computer or mobile device',
  'click here to join the meeting',
  'join the meeting now',
  'join meeting',
  'join the meeting',
  'download teams | join on the web',
  'learn more | meeting options',
  'learn more',
  'more info',
  'meeting options',
  'or call in (audio only)',
  'dial in by phone',
  'find a local number | reset pin',
  'find a local number',
  'reset pin',
  'reset dial-in pin',
  'join with a video conferencing device',
  'join on a video conferencing device',
  'for organizers: meeting options | reset dial-in pin',
  'need help',
  'video conferencing device',
  'microsoft teams-besprechung',
  'nehmen sie von ihrem computer, ihrer mobilen app oder ihrem raumgerät aus teil',
  'klicken sie hier, um an der besprechung teilzunehmen',
  'teams herunterladen | im web beitreten',
  'weitere infos | besprechungsoptionen',
  'weitere informationen | besprechungsoptionen',
  'oder rufen sie an (nur audio)',
  'lokale nummer suchen | pin zurücksetzen',
  'jetzt an der besprechung teilnehmen',
  'réunion microsoft teams',
  'rejoindre sur votre ordinateur, application mobile ou appareil de salle',
  "participer à partir de votre ordinateur, de votre application mobile ou de l'appareil de la salle",
  'cliquez ici pour participer à la réunion',
  'télécharger teams | rejoindre sur le web',
  'en savoir plus | options de réunion',
  'ou appelez (audio seulement)',
  'ou appelez (audio uniquement)',
  'rechercher un numéro local | réinitialiser le code pin',
  'rejoindre la réunion maintenant',
  'reunión de microsoft teams',
  'únase a través de su ordenador, aplicación móvil o dispositivo de sala',
  'unirse desde el equipo, la aplicación móvil o el dispositivo de sala',
  'haga clic aquí para unirse a la reunión',
  'descargar teams | unirse en la web',
  'más información | opciones de reunión',
  'o llame (solo audio)',
  'o llamar (solo audio)',
  'buscar un número local | restablecer pin',
  'unirse a la reunión ahora',
  'reunião do microsoft teams',
  'ingressar no seu computador, aplicativo móvel ou dispositivo de sala',
  'clique aqui para ingressar na reunião',
  'baixar o teams | ingressar na web',
  'saiba mais | opções de reunião',
  'ou ligue para (somente áudio)',
  'ingressar na reunião agora',
  'riunione di microsoft teams',
  'partecipa da computer, app per dispositivi mobili o dispositivo della sala',
  'fai clic qui per partecipare alla riunione',
  'scarica teams | partecipa sul web',
  'altre informazioni | opzioni riunione',
  'o chiama (solo audio)',
  'partecipa alla riunione ora',
  'microsoft teams-vergadering',
  'deelnemen op uw computer, mobiele app of ruimteapparaat',
  'klik hier om deel te nemen aan de vergadering',
  'teams downloaden | deelnemen op het web',
  'meer informatie | vergaderopties',
  'of bel in (alleen audio)',
  'nu deelnemen aan de vergadering',
  'microsoft teams 会議',
  'microsoft teams 会议',
  'microsoft teams 회의',
  // Google Meet and the Google Calendar invite
  'join with google meet',
  'join google meet',
  'join by phone',
  'more phone numbers',
  'view more phone numbers',
  'or dial',
  'please do not edit this section',
  'join by phone (us)',
  'mit google meet teilnehmen',
  'über google meet teilnehmen',
  'telefonisch teilnehmen',
  'weitere telefonnummern',
  'oder wählen sie',
  'bitte bearbeiten sie diesen abschnitt nicht',
  'bitte diesen abschnitt nicht bearbeiten',
  'participer avec google meet',
  'rejoindre avec google meet',
  'participer par téléphone',
  'autres numéros de téléphone',
  'ou composez le',
  'ou appelez le',
  'veuillez ne pas modifier cette section',
  'unirse con google meet',
  'unirse por teléfono',
  'más números de teléfono',
  'o marca el',
  'o marcar',
  'no edites esta sección',
  'no modifiques esta sección',
  'participar com o google meet',
  'participar por telefone',
  'mais números de telefone',
  'ou disque',
  'não edite esta seção',
  'partecipa con google meet',
  'partecipa per telefono',
  'altri numeri di telefono',
  'oppure componi',
  'non modificare questa sezione',
  'deelnemen met google meet',
  'deelnemen via telefoon',
  'meer telefoonnummers',
  'of bel',
  'bewerk deze sectie niet',
  'google meet に参加',
  'google meetに参加',
  '電話で参加',
  'その他の電話番号',
  'このセクションは編集しないでください',
  '使用 google meet 加入',
  '加入 google meet',
  '通过电话加入',
  '更多电话号码',
  '请勿修改此部分',
  '請勿修改此部分',
  'google meet으로 참여',
  'google meet 참여',
  '전화로 참여',
  '전화번호 더보기',
  '이 섹션을 수정하지 마세요',
  'invitation from google calendar',
  'einladung von google kalender',
  'invitation de google agenda',
  'invitación de google calendar',
  'convite do google agenda',
  'invito da google calendar',
  'uitnodiging van google agenda',
  'view all guest info',
  'more options',
  'reply for',
  'yes',
  'no',
  'maybe',
  'rsvp',
  'going',
  'going?',
  // Webex
  'join webex meeting',
  'join webex',
  'join meeting now',
  'join from the meeting link',
  'join by meeting number',
  'tap to join from a mobile device (attendees only)',
  'tap to call in from a mobile device (attendees only)',
  'tap to call in from a mobile device',
  'global call-in numbers',
  'toll-free calling restrictions',
  'join from a video system or application',
  'join using microsoft lync or microsoft skype for business',
  'join from a mobile device (attendees only)',
  'join by video system',
  'webex-meeting beitreten',
  'rejoindre la réunion webex',
  'entrar a la reunión de webex',
  'unirse a la reunión webex',
  'united states toll',
  'united states toll free',
  'us toll',
  'us toll free',
  'toll',
  'toll free',
  // GoToMeeting and others
  'please join my meeting from your computer, tablet or smartphone',
  'you can also dial in using your phone',
  'join from a video-conferencing room or system',
  'get the app now and be ready when your first meeting starts',
  'join my meeting',
  'join with skype for business',
  'join skype meeting',
  'trouble joining? try skype web app',
  'join by phone instead',
  'dial-in numbers',
  'dial in numbers',
  'dial-in',
  'dial in',
  'call-in numbers',
  'einwahlnummern',
  "numéros d'accès",
  'números de acceso',
  'zoom meeting',
  'zoom-meeting',
  'zoom link',
  'teams link',
  'meet link',
  'webex link',
  'video call link',
  'video call',
  'videocall',
  // parts of "A | B" lines
  'download teams',
  'join on the web',
  'find a local number',
  'reset pin',
  'toll-free calling restrictions',
  'teams herunterladen',
  'im web beitreten',
  'weitere infos',
  'besprechungsoptionen',
  'télécharger teams',
  'rejoindre sur le web',
  'en savoir plus',
  'options de réunion',
  'descargar teams',
  'unirse en la web',
  'más información',
  'opciones de reunión',
  'need help? go to',
  'global call-in numbers',
]);

/** In a Zoom invite, "Topic:" and "Time:" restate the title and time; they are not an agenda. */
const ZOOM_INVITE =
  /zoom\.us\/|zoom meeting|zoom-meeting|réunion zoom|reunión (?:de )?zoom|reunião zoom|riunione zoom|zoomミーティング/i;
const ZOOM_HEADER_LINE =
  /^(?:topic|time|thema|zeit|sujet|heure|tema|hora|argomento|ora|onderwerp|tijd|トピック|時間|主题|时间|주제|시간)\s*:|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}|^every (?:day|weekday|week|month|\d+ (?:days?|weeks?|months?))|^please download and import the following icalendar|occurrence\(s\)/i;

/** Distinctive phrases: a line containing one of these is join or invite boilerplate. */
const BOILERPLATE_PHRASES = [
  'inviting you to a scheduled zoom meeting',
  'is inviting you to a zoom meeting',
  'lädt sie zu einem geplanten zoom-meeting ein',
  'vous invite à une réunion zoom planifiée',
  'le está invitando a una reunión de zoom programada',
  'está convidando você para uma reunião zoom',
  'ti sta invitando a una riunione zoom pianificata',
  'nodigt u uit voor een geplande zoom-vergadering',
  'があなたを予約されたzoomミーティングに招待しています',
  '邀请您参加预定的 zoom 会议',
  'join on your computer',
  'join from your computer',
  'click here to join',
  'meetup-join',
  'for organizers: meeting options',
  'reset dial-in pin',
  'nehmen sie von ihrem computer',
  'klicken sie hier, um',
  'cliquez ici pour participer',
  'haga clic aquí para unirse',
  'clique aqui para ingressar',
  'fai clic qui per partecipare',
  'klik hier om deel te nemen',
  'learn more about meet',
  'weitere informationen zu meet',
  'en savoir plus sur meet',
  'más información sobre meet',
  'saiba mais sobre o meet',
  'scopri di più su meet',
  'meer informatie over meet',
  'meet の詳細',
  'meet에 대해 자세히',
  'please do not edit this section',
  'diesen abschnitt nicht',
  'ne pas modifier cette section',
  'no edites esta sección',
  'não edite esta seção',
  'non modificare questa sezione',
  'bewerk deze sectie niet',
  'このセクションは編集しないでください',
  '请勿修改此部分',
  '이 섹션을 수정하지',
  'you are receiving this',
  'you received this email because',
  'to stop receiving future updates',
  'forwarding this invitation could allow',
  'learn more about forwarding',
  'learn more https://support.google.com',
  'sie erhalten diese e-mail',
  'wenn sie diese einladung weiterleiten',
  'diese einladung weiterzuleiten',
  'vous recevez cet e-mail',
  'vous recevez ce message',
  'le transfert de cette invitation',
  'recibes este correo',
  'has recibido este correo',
  'reenviar esta invitación',
  'si reenvías esta invitación',
  'você está recebendo este e-mail',
  'encaminhar este convite',
  'ricevi questa email',
  'inoltrare questo invito',
  'je ontvangt deze e-mail',
  'deze uitnodiging doorsturen',
  'invitation from google calendar',
  'einladung von google kalender',
  'invitation de google agenda',
  'invitación de google calendar',
  'some mobile devices may ask',
  'if you are a host',
  'you can also dial',
  'join using microsoft lync',
  'join from a video system',
  'tap to join from a mobile device',
  'tap to call in',
  "can't join the meeting?",
  'do not delete or change any of the following text',
  'please join my meeting from your computer',
  'you can also dial in using your phone',
  'new to gotomeeting',
  'gotomeeting app',
  'join microsoft teams meeting',
  'microsoft teams meeting',
  'microsoft teams-besprechung',
  'réunion microsoft teams',
  'reunión de microsoft teams',
  'reunião do microsoft teams',
  'riunione di microsoft teams',
  'microsoft teams-vergadering',
  'join with google meet',
  'mit google meet teilnehmen',
  'participer avec google meet',
  'unirse con google meet',
  'participar com o google meet',
  'partecipa con google meet',
  'deelnemen met google meet',
  'join zoom meeting',
  'join webex meeting',
  'join the webex meeting',
  'webex meeting number',
  'meeting number (access code)',
  'access code (attendee)',
  'attendee access code',
  'view host information',
  'join with video system',
  'video conferencing device',
  'this meeting is being recorded',
  'dial in by phone',
  'or call in (audio only)',
  "when it's time, join",
  'need help? go to',
  'please download and import the following icalendar',
];

const SHORTEST_PHRASE = Math.min(...BOILERPLATE_PHRASES.map((p) => p.length));

/** "Key: value" lines of join details (meeting IDs, passcodes, dial-in numbers). */
const KEY_VALUE_LINE = RegexUnion.around(
  '^',
  [
    'meeting id',
    'meeting-id',
    'meetingid',
    'besprechungs-id',
    'konferenz-id',
    'id de (?:la )?réunion',
    'id\\. de (?:la )?reunión',
    'id de (?:la )?reunión',
    'id da reunião',
    'id (?:della )?riunione',
    'vergader-id',
    'ミーティングid',
    'ミーティング id',
    '会议 ?id',
    '會議 ?id',
    '회의 ?id',
    'webinar id',
    'meeting number',
    'meeting no\\.?',
    'access code',
    'attendee access code',
    'host key',
    'host pin',
    'phone conference id',
    'conference id',
    'audio conference id',
    'telefonkonferenz-id',
    'id de conférence(?: téléphonique)?',
    'id\\. de conferencia(?: telefónica)?',
    'id de conferencia(?: telefónica)?',
    'id da conferência(?: telefônica)?',
    'id conferenza(?: telefonica)?',
    'telefonische vergader-id',
    'passcode',
    'password',
    'meeting password',
    'meeting passcode',
    'kenncode',
    'kennwort',
    'passwort',
    'code secret',
    'mot de passe',
    "code d'accès",
    'código de acceso',
    'contraseña',
    'senha',
    'código de acesso',
    "codice d'accesso",
    'codice di accesso',
    'toegangscode',
    'wachtwoord',
    'パスコード',
    'パスワード',
    '密码',
    '密碼',
    '암호',
    '비밀번호',
    'pin',
    'tenant key',
    'video id',
    'vtc conference id',
    'sip',
    'h\\.323',
    'dial-in',
    'dial in',
    'dial-in number',
    'call-in',
    'call in',
    'einwahl',
    "numéro d'accès",
    'número de acceso',
    'or dial',
    'oder wählen sie',
    'ou composez le',
    'ou appelez le',
    'o marca el',
    'ou disque',
    'oppure componi',
    'of bel',
    'find your local number',
    'ortseinwahl suchen',
    'trouvez votre numéro local',
    'busque su número local',
    'encontre seu número local',
    'trova il tuo numero locale',
    'zoek je lokale nummer',
    'more phone numbers',
    'weitere telefonnummern',
    'autres numéros de téléphone',
    'más números de teléfono',
    'mais números de telefone',
    'altri numeri di telefono',
    'meer telefoonnummers',
    'meeting link',
    'join link',
    'zoom link',
    'teams link',
    'meet link',
    'webex link',
    'video link',
    'video call',
    'videoconference',
    'video conference',
    'conference line',
    'join url',
    'meeting url',
    'join',
    'dial',
    'join by phone',
    'join with google meet',
    'join zoom meeting',
    'one tap mobile',
    'invitation from google calendar',
    'reply for',
    'learn more about meet at',
  ],
  '\\s*(?:[:#(]|$|(?=[\\d+]))',
  'i',
);

/** Things the product name appears with in a join line ("Teams-Besprechung beitreten"). */
const PRODUCT_NAMES =
  /(?:zoom|microsoft teams|teams-|google meet|webex|gotomeeting|goto meeting|bluejeans|skype|jitsi|whereby|amazon chime)/i;
const JOIN_WORDS =
  /(?:join|dial[ -]?in|call[ -]in|link|beitreten|teilnehmen|participer|rejoindre|unirse|únase|participar|ingressar|partecipa|deelnemen|参加|加入|참가|참여)/i;

const LEADING_DECORATION = /^[\s•·◦‣▪▫●○■□◆◇►▶→⁃∙*+>#|~=_-]+/;
const TRAILING_DECORATION_CHARS = ' \t:.!?,;。：！？|~=_-';

/** Remove trailing characters in `chars` with a loop (a `[…]+$` regex is quadratic on long runs). */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Remove leading characters in `chars`. */
function trimStartChars(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text.charAt(start))) start++;
  return start === 0 ? text : text.slice(start);
}

/** Separator lines that fence a Teams or Google block: ____ (10+) or -::~:~::~:~… */
function isFence(line: string): boolean {
  const t = line.trim();
  if (t.length >= 10 && /^_+$/.test(t)) return true;
  return t.includes('::~:~::~');
}

function isDecorationOnly(line: string): boolean {
  return /^[\s\-_=~*•·.:;,|#+<>()[\]]*$/.test(line);
}

/** "New York: " before a number (and the same for text with ASCII letters only). */
const PLACE_LABEL = /^[\p{L} ().'-]{2,40}:\s*(?=[+(]?\d)/u;
const PLACE_LABEL_ASCII = /^[A-Za-z ().'-]{2,40}:\s*(?=[+(]?\d)/u;

/** Is this line a phone number or an IP address, with at most a place name after it? */
export function isPhoneLine(line: string): boolean {
  let t = line.replace(LEADING_DECORATION, '');
  // "(US) +1 234-567-8901 PIN: 123#" and "US: +1 …"
  if (/^\(?\d{1,2}[.)]\s/.test(t)) return false; // "1. 2024-2025 plan" is a list item
  t = t
    .replace(/^\(?[A-Za-z]{2,3}\)?\s*:?\s*(?=[+\d(])/, '')
    .replace(asciiLettersOnly(t) ? PLACE_LABEL_ASCII : PLACE_LABEL, '');
  if (/^\d{1,3}(?:\.\d{1,3}){3}(?:\D|$)/.test(t)) return true;
  let digits = 0;
  let k = 0;
  const plus = t[0] === '+';
  if (plus) k = 1;
  for (; k < t.length && k < 80; k++) {
    const c = t.charCodeAt(k);
    if (c >= 48 && c <= 57) digits++;
    else if (!' -.(),#*/'.includes(t[k] ?? 'x')) break;
  }
  if (plus ? digits >= 6 : digits >= 10) {
    // A number, then at most a short place or tariff ("US (New York)", "United States Toll").
    const rest = t.slice(k);
    return rest.length <= 60 && !/[.!?]\s+\p{L}/u.test(rest);
  }
  return false;
}

function stripConferenceLinks(line: string): { text: string; removed: boolean } {
  if (!/[./:@]/.test(line)) return { text: line, removed: false };
  const spaced = line.replace(/<(?=(?:https?|tel|mailto|sip):)/gi, ' <');
  let removed = false;
  const kept: string[] = [];
  for (const token of spaced.split(/\s+/)) {
    const bare = asciiLower(trimEndChars(trimStartChars(token, '<(['), '>)],.;'));
    if (
      bare.startsWith('tel:') ||
      bare.startsWith('sip:') ||
      (bare.length > 3 && CONFERENCE_LINK_PARTS.some((part) => bare.includes(part)) && !bare.includes('docs.google'))
    ) {
      removed = true;
      continue;
    }
    kept.push(token);
  }
  return { text: removed ? kept.join(' ') : line, removed };
}

type LineKind = 'keep' | 'blank' | 'boilerplate';

/**
 * The key (lower case, no bullets, trailing punctuation, or "(…)" links) used to look a
 * line up in the lists above.
 */
function lineKey(line: string): string {
  return trimEndChars(line.toLowerCase().replace(LEADING_DECORATION, ''), TRAILING_DECORATION_CHARS)
    .replace(/\s+/g, ' ')
    .trim();
}

function classify(line: string, zoomInvite: boolean): { kind: LineKind; text: string; strong: boolean } {
  if (line.trim() === '') return { kind: 'blank', text: '', strong: false };
  if (zoomInvite && ZOOM_HEADER_LINE.test(line.trim())) return { kind: 'boilerplate', text: '', strong: false };
  if (isFence(line)) return { kind: 'boilerplate', text: '', strong: true };
  const { text, removed } = stripConferenceLinks(line);
  if (isDecorationOnly(text)) {
    return removed ? { kind: 'boilerplate', text: '', strong: true } : { kind: 'blank', text: '', strong: false };
  }
  const key = lineKey(text);
  if (key === '') return { kind: removed ? 'boilerplate' : 'blank', text: '', strong: removed };
  if (BOILERPLATE_LINES.has(key)) return { kind: 'boilerplate', text: '', strong: removed || key.length > 12 };
  if (
    key.includes('|') &&
    key.split('|').every((part) => BOILERPLATE_LINES.has(trimEndChars(part.trim(), TRAILING_DECORATION_CHARS)))
  ) {
    return { kind: 'boilerplate', text: '', strong: true };
  }
  const pair = KEY_VALUE_LINE.exec(key);
  if (pair) {
    // "Meeting ID: 812 3456 7890", "Passcode: 123456": the value is a code, not prose.
    const value = key.slice(pair.text.length).trim();
    const labelled = /[:#(]$/.test(pair.text) || value === '';
    const prose = !/\d/.test(value) && value.split(' ').length >= 4;
    const code = /^[\d\s+#*().,/-]+$/.test(value);
    if (removed || code || (labelled && value.length <= 80 && !prose)) {
      return { kind: 'boilerplate', text: '', strong: true };
    }
  }
  if (isPhoneLine(text)) return { kind: 'boilerplate', text: '', strong: true };
  if (key.length >= SHORTEST_PHRASE && key.length <= 400) {
    for (const phrase of BOILERPLATE_PHRASES) {
      if (key.includes(phrase)) return { kind: 'boilerplate', text: '', strong: true };
    }
  }
  if (key.split(' ').length <= 8 && PRODUCT_NAMES.test(key) && JOIN_WORDS.test(key) && !/[?]/.test(text)) {
    return { kind: 'boilerplate', text: '', strong: true };
  }
  if (removed && key.split(' ').length <= 3) {
    // "Zoom: <link>", "Call link <link>": only a label was left once the link went.
    return { kind: 'boilerplate', text: '', strong: true };
  }
  return { kind: 'keep', text: removed ? text.trim() : line, strong: false };
}

export interface ConferenceAnalysis {
  /** The description without join details; blank lines kept so paragraphs stay apart. */
  text: string;
  /** How many non-blank lines were join details. */
  removedLines: number;
}

/**
 * Split join details from the rest. Each line is judged on its own (links to conferencing
 * hosts are cut out, then the line is dropped if what is left is a known join label, a
 * "Meeting ID: …" pair, a phone number or an invite-footer sentence); in addition a block
 * fenced by `____` lines (Teams) or `-::~:~::~` markers (Google) is dropped whole when it
 * holds join details, which also catches languages the lists above do not know.
 */
export function analyzeConferenceBoilerplate(input: string, options: { prepared?: boolean } = {}): ConferenceAnalysis {
  const prepared = options.prepared ? input.slice(0, MAX_TEXT_CHARS) : prepareDescription(input);
  const lines = prepared.split('\n');
  const zoomInvite = ZOOM_INVITE.test(prepared);
  const judged = lines.map((line) => classify(line, zoomInvite));
  // Fenced blocks: between two fences, dropped when any line in it is strong join detail.
  const fences: number[] = [];
  lines.forEach((line, index) => {
    if (isFence(line)) fences.push(index);
  });
  for (let f = 0; f + 1 < fences.length; f++) {
    const from = fences[f] ?? 0;
    const to = fences[f + 1] ?? 0;
    if (to - from > 60) continue;
    let strong = false;
    for (let k = from + 1; k < to; k++) if (judged[k]?.kind === 'boilerplate' && judged[k]?.strong) strong = true;
    if (!strong) continue;
    for (let k = from; k <= to; k++) {
      const j = judged[k];
      if (j && j.kind === 'keep') judged[k] = { kind: 'boilerplate', text: '', strong: true };
    }
  }
  let removedLines = 0;
  const out: string[] = [];
  for (const j of judged) {
    if (j.kind === 'boilerplate') {
      removedLines++;
      continue;
    }
    out.push(j.kind === 'blank' ? '' : j.text);
  }
  return {
    text: out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    removedLines,
  };
}

/** The description without conference join details (plain text; HTML is converted first). */
export function stripConferenceBoilerplate(text: string): string {
  return analyzeConferenceBoilerplate(text).text;
}
