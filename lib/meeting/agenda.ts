/**
 * Does a meeting description carry an agenda? Pure string rules, in ten languages
 * (en, de, fr, es, pt, it, nl, ja, zh, ko).
 *
 * Any one of these is enough:
 *  - a heading such as "Agenda", "Goals", "Tagesordnung", "Ordre du jour", "議題" with
 *    something real under it or after its colon ("Agenda: TBD" is not);
 *  - a topic list: two or more bullet or numbered items (or an HTML list) with real words;
 *  - a sentence that states the purpose or a decision to make ("The goal of this meeting
 *    is…", "We need to decide whether…", "Ziel des Termins…", "L'objectif de cette réunion…");
 *  - a line that says what it will cover with a specific object ("Review the Q3 hiring plan");
 *  - a link named as the agenda or a pre-read ("Agenda: https://docs…", "pre-read: <link>").
 *
 * Conference join details (Zoom, Teams, Meet, Webex, Google invite footers) are removed
 * first and are never an agenda. Only the first 20,000 characters of text are read; every
 * rule is linear (no regex with overlapping quantifiers), and nothing here throws.
 */
import { RegexUnion, type UnionMatch } from '../text/regex-union';
import { analyzeConferenceBoilerplate, asciiLettersOnly, prepareDescription } from './conference';

export { htmlToText } from '../text/html';
export { stripConferenceBoilerplate } from './conference';

export interface AgendaResult {
  hasAgenda: boolean;
  /** Short sentences saying what was found (or why nothing counts). */
  reasons: string[];
}

type HeadingKind = 'agenda' | 'goal' | 'questions' | 'decisions' | 'preread' | 'actions';

// ---------------------------------------------------------------------------------------
// Word lists
// ---------------------------------------------------------------------------------------

/** Heading words. Latin-script words match as whole words; CJK and Hangul as substrings. */
const HEADINGS: Record<HeadingKind, string[]> = {
  agenda: [
    'agenda',
    'agendas',
    'meeting agenda',
    'topics',
    'topic',
    'discussion points',
    'discussion topics',
    'discussion items',
    'talking points',
    'items to discuss',
    'points to discuss',
    'to discuss',
    'for discussion',
    'discussion',
    'what we will cover',
    "what we'll cover",
    "we'll cover",
    'we will cover',
    'to cover',
    'topics to cover',
    'agenda items',
    'order of business',
    'run of show',
    'outline',
    'tagesordnung',
    'tagesordnungspunkte',
    'themen',
    'thema',
    'besprechungspunkte',
    'diskussionspunkte',
    'ablauf',
    'inhalte',
    'ordre du jour',
    'sujets',
    'sujet',
    'points à aborder',
    'points à discuter',
    'thèmes',
    'déroulé',
    'au programme',
    'orden del día',
    'temas',
    'tema',
    'puntos a tratar',
    'puntos a discutir',
    'temario',
    'pauta',
    'tópicos',
    'tópico',
    'assuntos',
    'pontos de discussão',
    'pontos a discutir',
    'ordine del giorno',
    'argomenti',
    'argomento',
    'temi',
    'punti da discutere',
    'punti in discussione',
    'onderwerpen',
    'onderwerp',
    'agendapunten',
    'bespreekpunten',
    'gespreksonderwerpen',
    '議題',
    'アジェンダ',
    '論点',
    '検討事項',
    '話し合うこと',
    '议程',
    '議程',
    '议题',
    '讨论事项',
    '討論事項',
    '讨论内容',
    '討論內容',
    '안건',
    '의제',
    '아젠다',
    '논의 사항',
    '논의사항',
    '논의 내용',
    '논의할 내용',
  ],
  goal: [
    'goal',
    'goals',
    'objective',
    'objectives',
    'purpose',
    'outcome',
    'outcomes',
    'desired outcome',
    'desired outcomes',
    'expected outcome',
    'expected outcomes',
    'deliverable',
    'deliverables',
    'meeting goal',
    'meeting goals',
    'meeting purpose',
    'success criteria',
    'ziel',
    'ziele',
    'zweck',
    'ergebnis',
    'ergebnisse',
    'zielsetzung',
    'erwartetes ergebnis',
    'objectif',
    'objectifs',
    'résultat',
    'résultats',
    'résultat attendu',
    'résultats attendus',
    'finalité',
    'objetivo',
    'objetivos',
    'propósito',
    'resultado',
    'resultados',
    'resultado esperado',
    'finalidad',
    'finalidade',
    'obiettivo',
    'obiettivi',
    'scopo',
    'risultato',
    'risultati',
    'risultato atteso',
    'finalità',
    'doel',
    'doelen',
    'doelstelling',
    'doelstellingen',
    'resultaat',
    'resultaten',
    'beoogd resultaat',
    '目的',
    'ゴール',
    '目標',
    'ねらい',
    '狙い',
    '期待する成果',
    '目标',
    '預期成果',
    '预期成果',
    '목적',
    '목표',
    '기대 결과',
    '기대 효과',
  ],
  questions: [
    'questions',
    'open questions',
    'key questions',
    'questions to answer',
    'questions to discuss',
    'fragen',
    'offene fragen',
    'leitfragen',
    'preguntas',
    'perguntas',
    'questões',
    'domande',
    'questioni',
    'vragen',
    'open vragen',
    '質問',
    '確認事項',
    '相談事項',
    '问题',
    '問題',
    '待讨论问题',
    '질문',
    '질문 사항',
    '확인 사항',
  ],
  decisions: [
    'decision',
    'decisions',
    'decision needed',
    'decisions needed',
    'decisions to make',
    'to decide',
    'entscheidung',
    'entscheidungen',
    'zu entscheiden',
    'beschluss',
    'beschlüsse',
    'décision',
    'décisions',
    'à décider',
    'decisión',
    'decisiones',
    'a decidir',
    'decisão',
    'decisões',
    'decisione',
    'decisioni',
    'da decidere',
    'besluit',
    'besluiten',
    'beslissing',
    'beslissingen',
    '決定事項',
    '決めること',
    '決めたいこと',
    '决定事项',
    '待决定',
    '待決定',
    '결정 사항',
    '결정사항',
    '의사결정',
  ],
  preread: [
    'pre-read',
    'pre-reads',
    'preread',
    'prereads',
    'pre read',
    'pre-reading',
    'prereading',
    'read-ahead',
    'read ahead',
    'pre-work',
    'prework',
    'background reading',
    'vorab lesen',
    'vorablektüre',
    'lektüre',
    'zur vorbereitung',
    'vorbereitung',
    'unterlagen',
    'pré-lecture',
    'lecture préalable',
    'à lire avant',
    'documents à lire',
    'préparation',
    'lectura previa',
    'lecturas previas',
    'material previo',
    'preparación',
    'leitura prévia',
    'pré-leitura',
    'material prévio',
    'preparação',
    'lettura preliminare',
    'letture preliminari',
    'materiale preparatorio',
    'preparazione',
    'vooraf lezen',
    'voorbereiding',
    'leesmateriaal',
    '事前資料',
    '事前準備',
    '参考資料',
    '预读',
    '預讀',
    '会前阅读',
    '會前閱讀',
    '参考资料',
    '사전 자료',
    '사전 읽기',
    '참고 자료',
    '준비 사항',
  ],
  actions: [
    'action items',
    'action points',
    'next steps',
    'follow-ups',
    'follow ups',
    'to-dos',
    'todos',
    'nächste schritte',
    'aufgaben',
    'prochaines étapes',
    'actions',
    'próximos pasos',
    'acciones',
    'próximos passos',
    'ações',
    'prossimi passi',
    'azioni',
    'actiepunten',
    'volgende stappen',
    'アクションアイテム',
    '宿題',
    '次のステップ',
    '行动项',
    '行動項目',
    '待办事项',
    '下一步',
    '액션 아이템',
    '다음 단계',
  ],
};

/**
 * Words that only count as a heading when they are the whole label before a colon
 * ("But : …" is French for "Goal:", but "But we…" is English).
 */
const STRICT_HEADINGS: Record<string, HeadingKind> = {
  but: 'goal',
  why: 'goal',
  aim: 'goal',
  aims: 'goal',
  top: 'agenda',
  tops: 'agenda',
  punkte: 'agenda',
  points: 'agenda',
  punti: 'agenda',
  punten: 'agenda',
  puntos: 'agenda',
  pontos: 'agenda',
  items: 'agenda',
  itens: 'agenda',
  background: 'preread',
  reading: 'preread',
  meta: 'goal',
  metas: 'goal',
  programme: 'agenda',
  documents: 'preread',
  documentos: 'preread',
  materiale: 'preread',
  資料: 'preread',
  资料: 'preread',
  材料: 'preread',
  자료: 'preread',
  内容: 'agenda',
  주제: 'agenda',
  결과: 'goal',
  成果: 'goal',
  question: 'questions',
  ask: 'questions',
  asks: 'questions',
};

/** Headings of lists that are people or logistics, not topics. */
const NON_TOPIC_HEADINGS = new Set([
  'attendees',
  'participants',
  'invitees',
  'guests',
  'who',
  'people',
  'required',
  'optional',
  'required attendees',
  'optional attendees',
  'speakers',
  'presenters',
  'hosts',
  'host',
  'location',
  'where',
  'when',
  'time',
  'date',
  'logistics',
  'room',
  'address',
  'venue',
  'dial-in',
  'how to join',
  'joining',
  'join',
  'links',
  'parking',
  'directions',
  'teilnehmer',
  'teilnehmende',
  'teilnehmer:innen',
  'eingeladen',
  'ort',
  'raum',
  'wann',
  'wo',
  'invités',
  'lieu',
  'salle',
  'quand',
  'participantes',
  'asistentes',
  'invitados',
  'lugar',
  'sala',
  'cuándo',
  'dónde',
  'convidados',
  'local',
  'onde',
  'quando',
  'partecipanti',
  'invitati',
  'luogo',
  'dove',
  'deelnemers',
  'genodigden',
  'locatie',
  'waar',
  'wanneer',
  '参加者',
  '出席者',
  '参与者',
  '參與者',
  '与会者',
  '與會者',
  '참석자',
  '참가자',
  '場所',
  '日時',
  '地点',
  '地點',
  '时间',
  '時間',
  '장소',
  '일시',
  '시간',
]);

// The rules below are RegexUnions (see conference.ts): the same as one expression per rule,
// but compiled piece by piece, when a text can match the piece.
const PLACEHOLDER = RegexUnion.around(
  '^',
  [
    'tbd',
    'tba',
    'tbc',
    'todo',
    'to do',
    'to be (?:defined|determined|decided|confirmed|added|shared|announced)',
    'coming soon',
    'to follow',
    'will follow',
    'will be (?:shared|sent|added|circulated)',
    'later',
    'pending',
    'n/?a',
    'none',
    'nothing',
    'same as (?:always|usual|last (?:week|time))',
    'as usual',
    'usual',
    'folgt',
    'wird nachgereicht',
    'kommt noch',
    'offen',
    'à venir',
    'à définir',
    'à confirmer',
    'à compléter',
    'à suivre',
    'por definir',
    'por confirmar',
    'pendiente',
    'a definir',
    'a confirmar',
    'em breve',
    'da definire',
    'da confermare',
    'in arrivo',
    'volgt',
    'nog te bepalen',
    'nvt',
    '未定',
    '調整中',
    '後日共有',
    '待定',
    '后续补充',
    '미정',
    '추후 공지',
    'xxx+',
    '\\?+',
    '\\.{2,}',
    '…+',
    '-+',
  ],
  '[\\s.!…]*$',
  'iu',
);

const GREETING = RegexUnion.around(
  '^',
  [
    "(?:hi|hello|hey|dear|hallo|moin|servus|bonjour|salut|hola|olá|oi|ciao|hoi|hej)(?:[\\s,!]+[\\p{L}.'-]+){0,3}[\\s,!.]*",
    "(?:thanks|thank you|thx|ty|cheers|best|regards|best regards|kind regards|many thanks)(?:[\\s,!]+[\\p{L}.'-]+){0,3}[\\s,!.]*",
    'see you(?: all)?(?: there| soon| then| tomorrow| on \\p{L}+)?[\\s!.:)]*',
    'looking forward(?: to (?:it|this|seeing you(?: all)?|our chat|chatting|talking))?[\\s!.]*',
    'talk soon[\\s!.]*',
    'speak soon[\\s!.]*',
    'danke(?: schön)?[\\s!.]*',
    'viele grüße[\\s!.,\\p{L}]*',
    'vg[\\s,.]*',
    'lg[\\s,.]*',
    'bis dann[\\s!.]*',
    'bis später[\\s!.]*',
    'merci(?: beaucoup)?[\\s!.]*',
    'cordialement[\\s!.,]*',
    'à bientôt[\\s!.]*',
    "à tout à l'heure[\\s!.]*",
    'gracias[\\s!.]*',
    'saludos[\\s!.,]*',
    'hasta luego[\\s!.]*',
    'nos vemos[\\s!.]*',
    'obrigad[oa][\\s!.]*',
    'até logo[\\s!.]*',
    'grazie[\\s!.]*',
    'a presto[\\s!.]*',
    'bedankt[\\s!.]*',
    'groetjes[\\s!.,]*',
    'tot dan[\\s!.]*',
    'よろしくお願いします[。!！]*',
    'よろしくお願いいたします[。!！]*',
    'お疲れ様です[。!！]*',
    '谢谢[。!！]*',
    '謝謝[。!！]*',
    '감사합니다[.!]*',
    '안녕하세요[.!]*',
    '大家好[。!！]*',
    '你好[。!！]*',
  ],
  '$',
  'iu',
);

/** Lines that ask for a meeting without saying what for. */
const VAGUE = RegexUnion.around(
  '^',
  [
    "let's (?:sync|chat|talk|connect|catch up|meet|discuss|touch base)(?: up)?",
    'catch ?up',
    'sync(?: up)?',
    'discuss(?:ion)?',
    'quick (?:sync|chat|call|catch ?up)',
    'touch base',
    'tbd',
  ],
  '[\\s!.]*$',
  'iu',
);

const STOP_WORDS = new Set(
  // en
  (
    'the a an this that these those our your my their its it we us you i me them they to of for on in at by with ' +
    'about from and or but as is are be will would can could should some any all few bit quick quickly briefly ' +
    'little lot lots things thing stuff items item topics topic project projects progress update updates status ' +
    'next steps step everything anything something where how what when who why which whether doing going get ' +
    'latest current recent general various misc etc more other ideas questions issues team everyone together week ' +
    "weekly today tomorrow sync catch up meeting call chat time state details it's let's lets " +
    'just also maybe there here please go over through out' +
    // de
    ' der die das den dem des ein eine einen einem eines und oder zu zur zum für über von mit im am an auf aus bei ' +
    'wir uns ihr sie es ist sind kurz kurze kurzen kurzer stand projekt aktuelle aktuellen neue dinge sachen alles ' +
    'thema themen' +
    // fr
    " le la les l' un une des du de d' et ou à au aux pour sur avec en dans nous vous on ce cette ces point " +
    'sujet sujets projet statut état choses tout' +
    // es / pt / it / nl
    ' el los las unos unas y o al del por con sobre nosotros este esta estos estado proyecto temas cosas todo' +
    ' os as um uma ao do da dos das em no na nós projeto coisas tudo' +
    ' il lo gli le di della dei su sul sulla noi questo questa progetto stato cose tutto' +
    ' het een en te voor met op over wij ons dit deze dingen alles'
  ).split(/\s+/),
);

// ---------------------------------------------------------------------------------------
// Sentence rules
// ---------------------------------------------------------------------------------------

const B = '(?<![\\p{L}\\p{N}])'; // start of a word
const E = '(?![\\p{L}\\p{N}])'; // end of a word

function rx(parts: string[]): RegexUnion {
  return new RegexUnion(parts, 'iu');
}

const MEETING_NOUN_EN =
  '(?:meeting|call|session|sync|discussion|workshop|chat|review|conversation|huddle|get-together|catch-up|1:1|one-on-one|invite|time)';

/** The purpose of the meeting is stated. */
const PURPOSE = rx([
  `${B}(?:goal|goals|purpose|objective|objectives|aim|point|intent|intention|outcome|focus)\\s+(?:of|for)\\s+(?:this|the|today's|our|this week's|tomorrow's)\\s+${MEETING_NOUN_EN}${E}`,
  `${B}(?:this|the|today's|our)\\s+(?:meeting|call|session|workshop|discussion)\\s+(?:is|will be)\\s+(?:to|about|focused on|an opportunity to|meant to|intended to|where we)${E}`,
  `${B}(?:in|during|by the end of|at the end of)\\s+(?:this|the|today's)\\s+(?:meeting|call|session|workshop),?\\s+(?:we|you|i)${E}`,
  `${B}by the end[\\s,]+(?:we|you)(?:'ll| will| should)?\\s+(?:have|know|agree|decide|leave with)${E}`,
  `${B}(?:i'd|i would|we'd|we would|i want|we want)\\s+(?:like\\s+)?(?:to|us to)\\s+(?:decide|agree|align|review|discuss|walk through|go through|go over|plan|finali[sz]e|choose|pick|brainstorm|present|share|get feedback|get input|kick off|define|scope|prioriti[sz]e)${E}`,
  `${B}(?:the|our|main|my)\\s+(?:goal|aim|objective|purpose|focus|idea|intent)\\s+(?:here\\s+)?(?:is|will be)\\s+(?:to|that|for)${E}`,
  `${B}we(?:'ll| will| are going to|'re going to| want to| plan to)\\s+(?:discuss|review|decide|agree|cover|go through|go over|walk through|look at|present|plan|finali[sz]e|brainstorm|align on|talk about|demo|define|scope|prioriti[sz]e)${E}`,
  `${B}(?:meeting|call|session|workshop)\\s+to\\s+(?:discuss|decide|agree|review|plan|finali[sz]e|choose|align|brainstorm|go over|walk through|kick off|scope|define|prioriti[sz]e)${E}`,
  `${B}(?:use|using|set(?:ting)? up|scheduling|booking|grabbing|finding|need|needs|want|some|a bit of|quick)\\s+(?:some\\s+|this\\s+|a\\s+(?:bit of\\s+)?)?time\\s+to\\s+(?:discuss|review|go through|go over|walk through|talk through|talk about|decide|plan|finali[sz]e|look at|align on|chat about|agree on|brainstorm|prioriti[sz]e)${E}`,
  // de
  `${B}(?:ziel|zweck|sinn)\\s+(?:des|dieses|unseres|vom|von diesem|der|dieser|unserer)\\s+(?:termins?|meetings?|treffens?|gesprächs?|workshops?|besprechung|sitzung|runde|calls?|austauschs?)${E}`,
  `${B}in\\s+(?:diesem|dem)\\s+(?:termin|meeting|treffen|workshop|call|gespräch)\\s+(?:wollen|werden|möchten|sollen)\\s+wir${E}`,
  `${B}(?:wir|ich)\\s+(?:möchten|wollen|werden|müssen|sollten|möchte|will)${E}[^.!?\\n]{0,80}?${B}(?:besprechen|klären|entscheiden|festlegen|beschließen|durchgehen|vorstellen|planen|priorisieren|einigen|definieren|finalisieren|diskutieren)${E}`,
  `${B}(?:möchten|wollen|werden|müssen|sollten|möchte|will)\\s+(?:wir|ich)${E}[^.!?\\n]{0,80}?${B}(?:besprechen|klären|entscheiden|festlegen|beschließen|durchgehen|vorstellen|planen|priorisieren|einigen|definieren|finalisieren|diskutieren)${E}`,
  `${B}es geht (?:um|darum)${E}`,
  `${B}(?:dieser|der)\\s+(?:termin|workshop|call)\\s+(?:dient|soll)${E}`,
  // fr
  `${B}(?:l'objectif|le but|l'objet|la finalité|le propos|l'enjeu)\\s+(?:de|d')\\s*(?:cette|la|notre|ce|l')\\s*(?:réunion|rencontre|session|point|atelier|appel|échange|séance|call)${E}`,
  `${B}(?:cette|la|ce)\\s+(?:réunion|session|séance|point|atelier)\\s+(?:a pour (?:but|objectif|objet)|vise à|sert à|permettra de|est l'occasion de|doit permettre de)${E}`,
  `${B}nous\\s+(?:allons|devons|voulons|souhaitons|aimerions|devrons)\\s+(?:discuter|décider|valider|choisir|revoir|passer en revue|définir|planifier|arbitrer|trancher|nous mettre d'accord|présenter|prioriser|finaliser)${E}`,
  `${B}(?:il s'agit de|l'idée est de|le but est de|l'objectif est de)${E}`,
  // es
  `${B}(?:el|nuestro)\\s+(?:objetivo|propósito|fin|motivo)\\s+(?:de|del)\\s+(?:esta|la|este|el)?\\s*(?:reunión|llamada|sesión|taller|encuentro|call)${E}`,
  `${B}(?:esta|la)\\s+(?:reunión|sesión|llamada)\\s+(?:es para|tiene como objetivo|tiene por objetivo|servirá para|busca|sirve para)${E}`,
  `${B}(?:necesitamos|tenemos que|debemos|queremos|vamos a|hay que)\\s+(?:decidir|acordar|elegir|aprobar|definir|validar|revisar|discutir|planificar|priorizar|cerrar|alinear|ponernos de acuerdo)${E}`,
  `${B}(?:el objetivo es|la idea es|se trata de)${E}`,
  // pt
  `${B}(?:o|nosso)\\s+(?:objetivo|propósito|intuito|foco)\\s+(?:desta|da|deste|do)\\s+(?:reunião|chamada|sessão|call|encontro|workshop)${E}`,
  `${B}(?:esta|a)\\s+reunião\\s+(?:é para|tem como objetivo|tem o objetivo de|serve para)${E}`,
  `${B}(?:precisamos|temos que|devemos|queremos|vamos)\\s+(?:decidir|definir|aprovar|escolher|alinhar|revisar|discutir|planejar|priorizar|validar|fechar)${E}`,
  // it
  `${B}(?:l'obiettivo|lo scopo|il fine|la finalità)\\s+(?:di questa|della|del|di questo|dell')\\s*(?:riunione|call|sessione|incontro|chiamata|workshop)${E}`,
  `${B}(?:questa|la)\\s+riunione\\s+(?:serve a|serve per|ha lo scopo di|ha l'obiettivo di|è per)${E}`,
  `${B}(?:dobbiamo|vogliamo|bisogna|occorre|dovremmo)\\s+(?:decidere|scegliere|approvare|definire|concordare|allinearci|rivedere|discutere|pianificare|validare|chiudere)${E}`,
  // nl
  `${B}(?:het|ons)\\s+doel\\s+van\\s+(?:deze|de|dit|het)\\s+(?:vergadering|meeting|overleg|sessie|bijeenkomst|gesprek|call|workshop)${E}`,
  `${B}(?:deze|de|dit)\\s+(?:vergadering|meeting|overleg|sessie)\\s+(?:is bedoeld om|is om|heeft als doel|dient om)${E}`,
  `${B}(?:we|wij)\\s+(?:moeten|willen|gaan)${E}[^.!?\\n]{0,60}?${B}(?:beslissen|besluiten|kiezen|afspreken|vaststellen|bespreken|doornemen|bepalen|plannen)${E}`,
  // ja / zh / ko
  '(?:目的|ゴール|狙い|ねらい)\\s*(?:は|:|と(?:して|する))',
  'について\\s*(?:議論|相談|検討|話し合|共有|確認|決め)',
  'について(?:の)?\\s*(?:打ち合わせ|打合せ|ミーティング|MTG|会議)',
  '(?:关于|關於)[^。\\n]{1,40}的\\s*(?:讨论|討論|会议|會議)',
  '에\\s*(?:대한|관한)\\s*(?:회의|논의|미팅)',
  '(?:目的|目标|目標)\\s*(?:是|为|為)',
  '(?:讨论|討論|评审|評審|对齐|對齊|确认|確認)(?:一下)?\\s*(?:关于|關於|[^。\\n]{0,20}的)',
  '(?:목적|목표)\\s*(?:은|는|이|입니다)',
  '에\\s*(?:대해|관해)(?:서)?\\s*(?:논의|검토|공유|이야기|결정)',
]);

/** A decision to make is named. */
const DECISION = rx([
  `${B}(?:we|i|you|the team|they)\\s+(?:need|needs|want|have|must|should|'d like|would like|hope|aim|plan|'ll need|will need|got)\\s+to\\s+(?:decide|agree|choose|pick|select|approve|sign off|settle|finali[sz]e|confirm|determine|prioriti[sz]e|align|resolve|figure out|make a (?:decision|call)|vote|commit)${E}`,
  `${B}(?:decide|determine|choose|agree|figure out|settle|vote)\\s+(?:on|upon|whether|if|which|what|how|who|when|where|between)${E}`,
  `${B}(?:decision|sign-?off|approval|go/no-go|go-no-go|go or no-go)\\s+(?:is\\s+)?(?:needed|required|wanted|pending|due)${E}`,
  `${B}(?:need|needs|needed)\\s+(?:a\\s+|your\\s+)?(?:decision|sign-?off|approval|go/no-go|green light)${E}`,
  `${B}(?:decision|decisions)\\s+(?:on|about|to make|to be made|regarding)${E}`,
  `${B}(?:make|reach|take)\\s+a\\s+decision${E}`,
  // de
  `${B}(?:entscheiden|klären|festlegen|beschließen|abstimmen|einigen),?\\s+(?:ob|welche[rsnm]?|wie|wer|wann|was|worauf)${E}`,
  `${B}(?:entscheidung|beschluss)\\s+(?:über|zu|zur|zum|ob|treffen|nötig|notwendig|erforderlich|fällen)${E}`,
  `${B}(?:eine\\s+)?entscheidung\\s+(?:herbeiführen|treffen)${E}`,
  // fr
  `${B}(?:décider|choisir|déterminer|trancher|arbitrer|valider)\\s+(?:si|s'il|s'ils|quel|quelle|quels|quelles|comment|entre|qui|quand|lequel|laquelle|de)${E}`,
  `${B}(?:décision|décisions)\\s+(?:à prendre|attendue|attendues|requise|nécessaire|sur)${E}`,
  `${B}prendre\\s+(?:une|la)\\s+décision${E}`,
  // es / pt / it / nl
  `${B}(?:decidir|definir|elegir|determinar|acordar)\\s+(?:si|qué|cuál|cuáles|cómo|quién|cuándo|entre)${E}`,
  `${B}(?:decisión|decisiones)\\s+(?:necesaria|requerida|pendiente|sobre|a tomar)${E}`,
  `${B}tomar\\s+(?:una|la)\\s+decisión${E}`,
  `${B}(?:decidir|definir|escolher)\\s+(?:se|qual|quais|como|quem|quando|entre)${E}`,
  `${B}(?:decisão|decisões)\\s+(?:necessária|sobre|a tomar|pendente)${E}`,
  `${B}tomar\\s+(?:uma|a)\\s+decisão${E}`,
  `${B}(?:decidere|scegliere|stabilire|definire)\\s+(?:se|quale|quali|come|chi|quando|tra|fra)${E}`,
  `${B}(?:decisione|decisioni)\\s+(?:da prendere|necessaria|su|sul|sulla|sullo)${E}`,
  `${B}prendere\\s+(?:una|la)\\s+decisione${E}`,
  `${B}(?:beslissen|besluiten|bepalen|kiezen)\\s+(?:of|welke|welk|hoe|wie|wanneer|tussen|over)${E}`,
  `${B}(?:besluit|beslissing)\\s+(?:nodig|over|nemen|vereist)${E}`,
  // ja / zh / ko
  '(?:を|か|かどうか|について)\\s*(?:決め|決定し|決定す|合意し|確定し|判断し)',
  '(?:決め|決定し|合意し|確定し)(?:たい|ます|ましょう)',
  '(?:需要|要|希望|将|將|会|會|一起)\\s*(?:决定|決定|确定|確定|达成|達成|拍板)',
  '(?:决定|決定|确定|確定)\\s*(?:是否|哪|如何|谁|誰|何时|何時)',
  '(?:결정|합의|확정)(?:해야|하고자|하려고|하기 위해|할 예정|합니다|하겠습니다|하려 합니다)',
  '(?:정하기|결정하기)\\s*위해',
]);

/** A question the meeting should settle ("Should we move the launch to May?"). */
const SETTLING_QUESTION = rx([
  `^(?:should|shall)\\s+we${E}`,
  `^(?:do|does)\\s+(?:we|the team)\\s+(?:need|want)\\s+to${E}`,
  `^(?:which|what|how|who|when|where)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}(?:should|do|will|must)\\s+we${E}`,
  `^(?:sollen|sollten|müssen|wollen)\\s+wir${E}`,
  `^(?:devons-nous|faut-il|doit-on|devrions-nous|est-ce qu'on doit|est-ce que nous devons)${E}`,
  `^(?:debemos|deberíamos|¿debemos|¿deberíamos|devemos|deveríamos|dovremmo|dobbiamo|moeten we|zullen we|gaan we)${E}`,
]);

/** A line that says what will be covered, with a specific object ("Review the Q3 hiring plan"). */
const COVERS = rx([
  `^(?:(?:let's|let us|we(?:'ll| will| should| can| need to| want to|'re| are)|i(?:'d| would) like to|i want to|please|to|quick(?:ly)?|briefly|short)\\s+)?(?:discussing|reviewing|going over|going through|walking through|planning for|deciding on|finali[sz]ing|presenting|brainstorming|aligning on|prioriti[sz]ing|scoping|defining|discuss|review|decide on|decide|agree on|plan|planning|finali[sz]e|prioriti[sz]e|walk through|go over|go through|present|demo|brainstorm|align on|choose|pick|define|scope|estimate|approve|sign off on|kick off|kickoff|retro on|talk about|talk through|look at|debrief on|prepare for|prep for|review of|discussion of|discussion on|discussion about|presentation of|walkthrough of|deep dive into|deep dive on|deep-dive into)\\s+(?<en>.+)$`,
  `^(?:(?:wir|lass uns|lasst uns|kurz)\\s+)?(?:besprechen|klären|entscheiden|planen|durchgehen|festlegen|vorstellen|diskutieren|besprechung|klärung|entscheidung|planung|durchsprache|vorstellung|review|diskussion|priorisierung|festlegung)\\s+(?:de[rsnm]?|des|zu[rm]?|über|von|für|vom|wie)?\\s*(?<de>.+)$`,
  `^(?<de2>.+)\\s+(?:besprechen|klären|entscheiden|festlegen|durchgehen|planen|priorisieren|vorstellen|bespreken|doornemen|vaststellen|beslissen|plannen|bepalen)[.!]?$`,
  `^(?:discuter|revoir|décider|valider|planifier|présenter|définir|choisir|passer en revue|préparer|discussion|revue|validation|présentation|préparation|planification|arbitrage)\\s+(?:de |du |des |la |le |les |l'|sur |d')?(?<fr>.+)$`,
  `^(?:revisar|discutir|decidir|definir|planificar|planejar|presentar|apresentar|acordar|validar|elegir|escolher|revisión|revisão|discusión|discussão|presentación|apresentação|planificación|planejamento|definición|definição)\\s+(?:el |la |los |las |de |del |o |a |os |as |do |da |dos |das |sobre )?(?<es>.+)$`,
  `^(?:discutere|rivedere|decidere|definire|pianificare|presentare|validare|scegliere|revisione|discussione|presentazione|pianificazione|definizione)\\s+(?:il |lo |la |i |gli |le |di |del |della |dei |su |sul |sulla )?(?<it>.+)$`,
  `^(?:bespreken|beslissen|plannen|doornemen|presenteren|kiezen|vaststellen|bespreking|presentatie)\\s+(?:van |de |het )?(?<nl>.+)$`,
]);

/** A name that makes a link an agenda or a pre-read. */
const DOC_AGENDA_NAME = rx([
  `${B}(?:agenda|tagesordnung|ordre du jour|orden del día|pauta|ordine del giorno|agendapunten)${E}`,
  '議題|アジェンダ|议程|議程|안건|의제|아젠다',
]);
const DOC_PREREAD_NAME = rx([
  ...[
    'pre-?reads?',
    'pre-?reading',
    'read-?ahead',
    'pre-?work',
    'briefing',
    'brief',
    'memo',
    'one-?pager',
    'proposal',
    'rfc',
    'prd',
    'design doc(?:ument)?',
    'spec',
    'specification',
    'background (?:doc|document|reading)',
    '(?:doc|document|deck|slides) to (?:read|review)',
    'please (?:read|review)',
    'review the (?:doc|document|deck|slides|proposal)',
    'vorab(?:lektüre|info)?',
    'unterlagen',
    'zur vorbereitung',
    'document préparatoire',
    'à lire',
    'pré-lecture',
    'documento previo',
    'lectura previa',
    'leitura prévia',
    'material prévio',
    'documento preliminare',
    'da leggere',
    'vooraf lezen',
    'leesmateriaal',
  ].map((name) => `${B}(?:${name})${E}`),
  '事前資料|事前に(?:読|確認|目を通)|预读|預讀|会前阅读|會前閱讀|사전 자료|사전에 (?:읽|확인|검토)',
]);
/** "Please read the attached memo": a pre-read, attached or shared elsewhere. */
const PREREAD_ELSEWHERE = rx([
  `${B}(?:please|pls|kindly)\\s+(?:read|review|skim|look (?:at|over)|go through|have a look at)\\s+(?:the\\s+|this\\s+|our\\s+)?(?:attached|linked|shared|enclosed)?\\s*(?:doc|document|deck|slides|memo|proposal|one-pager|rfc|prd|spec|brief|draft|notes|pre-?read)${E}`,
  `${B}(?:attached|linked|enclosed)\\s+(?:is\\s+|are\\s+)?(?:the\\s+|a\\s+|our\\s+)?(?:doc|document|deck|slides|memo|proposal|one-pager|rfc|prd|spec|brief|draft)${E}`,
  `${B}(?:read|review)\\s+(?:it|this|the (?:doc|document|deck|memo))\\s+before${E}`,
]);

/** "see agenda doc", "agenda attached": the agenda lives in a document even without a link here. */
const AGENDA_ELSEWHERE = rx([
  `${B}(?:see|check|find|in|per)\\s+(?:the\\s+)?(?:attached\\s+|linked\\s+)?agenda\\s+(?:doc|document|file|attached|linked)${E}`,
  `${B}agenda\\s+(?:doc|document|is attached|attached|is linked|linked|in the (?:doc|document|attachment|attached))${E}`,
  `${B}attached\\s+(?:agenda|pre-?read|memo|one-?pager|proposal)${E}`,
  `${B}(?:tagesordnung|agenda)\\s+(?:im anhang|anbei|siehe anhang)${E}`,
  `${B}(?:ordre du jour|agenda)\\s+(?:en pièce jointe|ci-joint)${E}`,
  `${B}(?:orden del día|agenda|pauta)\\s+(?:adjunta|adjunto|em anexo|anexa)${E}`,
]);

const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"]+/giu;
const URL_TEST = /(?:https?:\/\/|www\.)[^\s<>"]+/iu;
/** Anchored and applied per whitespace-separated token, so it stays linear. */
const EMAIL_TOKEN = /^[<(]?[^@\s]+@[^@\s]+\.[a-z]{2,}[>),.;]*$/iu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_RUN2 = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2}/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'-]*/gu;
// The same on text whose letters are all ASCII (see asciiLettersOnly), which spares
// compiling the Unicode classes for most lines.
const WORD_ASCII = /[A-Za-z0-9][A-Za-z0-9'-]*/g;
const REAL_WORD = /\p{L}[\p{L}\p{M}]|\p{L}[&/+]\p{L}/u; // "Budget", "Q&A"
const REAL_WORD_ASCII = /[A-Za-z][A-Za-z]|[A-Za-z][&/+][A-Za-z]/;

const isCjk = (text: string): boolean => !asciiLettersOnly(text) && CJK.test(text);

const LIST_ITEM =
  /^\s*(?:[-*+•·◦‣▪▫●○■□◆◇►▶→⁃∙–—✓✔☐☑✅➤➢»・]\s+|(?:👉|🔹|🔸|📌|➡️?|▪️|▫️|🔷|🔶|⭐)\s*|[•·◦‣▪▫●○■□◆◇►▶→⁃∙✓✔☐☑✅➤➢・]|\(?\d{1,2}[.)、](?!\d)\s*|\d{1,2}\s+[-–]\s+|\(?[a-hA-H][.)]\s+|[ivxIVX]{1,4}[.)]\s+|[一二三四五六七八九十]{1,3}[、.]\s*|\d{1,2}(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])|\[\s?[xX ]?\s?\]\s+)(?<item>.*)$/u;

/** Logistics pairs in a list ("- When: Tuesday"), which are not topics. */
const LOGISTICS_KEY = RegexUnion.around(
  '^',
  'when|where|time|date|location|room|dial-in|link|zoom|teams|meet|host|organizer|attendees|wann|wo|ort|raum|zeit|datum|lieu|quand|salle|heure|dónde|cuándo|lugar|sala|hora|onde|quando|local|dove|luogo|ora|waar|wanneer|locatie|tijd|場所|日時|時間|时间|地点|地點|장소|일시|시간'.split(
    '|',
  ),
  '\\s*:',
  'iu',
);

// ---------------------------------------------------------------------------------------
// Heading keyword matchers
// ---------------------------------------------------------------------------------------

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

interface KeywordMatcher {
  latin: RegexUnion;
  cjk: RegexUnion;
  kindOf: Map<string, HeadingKind>;
}

function buildMatcher(): KeywordMatcher {
  const kindOf = new Map<string, HeadingKind>();
  const latin: string[] = [];
  const cjk: string[] = [];
  for (const [kind, words] of Object.entries(HEADINGS) as [HeadingKind, string[]][]) {
    for (const word of words) {
      kindOf.set(word.toLowerCase(), kind);
      (isCjk(word) ? cjk : latin).push(word);
    }
  }
  const byLength = (a: string, b: string) => b.length - a.length;
  return {
    latin: RegexUnion.around(B, latin.sort(byLength).map(escapeRe), E, 'iu'),
    cjk: RegexUnion.around('', cjk.sort(byLength).map(escapeRe), '', 'u'),
    kindOf,
  };
}

let matcher: KeywordMatcher | null = null;
/** The heading matchers, built on first use (not when the module loads). */
const MATCHER = (): KeywordMatcher => (matcher ??= buildMatcher());

function kindOfWord(word: string): HeadingKind {
  return MATCHER().kindOf.get(word.toLowerCase().replace(/\s+/g, ' ')) ?? 'agenda';
}

// ---------------------------------------------------------------------------------------
// Line helpers
// ---------------------------------------------------------------------------------------

const HEADING_LEAD = /^[\s#>*_=~•·◦‣▪●○■□◆◇►▶→【[「『（(<|・-]+/u;
const HEADING_TRAIL = /[\s*_】\]」』|=~-]+$/u;
const NUMBER_LEAD = /^(?:\d{1,2}[.)]|[ivxIVX]{1,4}[.)])\s+/u;

function words(text: string): string[] {
  return text.match(asciiLettersOnly(text) ? WORD_ASCII : WORD) ?? [];
}

function withoutLinks(text: string): string {
  const t = text.replace(URL_RE, ' ');
  if (!t.includes('@')) return t;
  return t
    .split(/\s+/)
    .filter((token) => !EMAIL_TOKEN.test(token))
    .join(' ');
}

/** Has at least one real word: two letters in a row, or two CJK characters. */
function hasRealWords(text: string): boolean {
  const t = withoutLinks(text);
  if (asciiLettersOnly(t)) return REAL_WORD_ASCII.test(t);
  if (CJK_RUN2.test(t)) return true;
  return REAL_WORD.test(t);
}

function isPlaceholder(text: string): boolean {
  const t = text.trim();
  if (t === '') return true;
  if (/^[([{<][^)\]}>]*[)\]}>][.!]*$/u.test(t)) return true; // "(link, if any)", "[add topics]"
  return PLACEHOLDER.test(t);
}

function isGreeting(text: string): boolean {
  const t = text.trim();
  return t.length <= 80 && GREETING.test(t);
}

/** A greeting, a sign-off or a vague "Let's sync": says nothing about the meeting. */
function isTrivial(text: string): boolean {
  const t = text.trim();
  return t.length <= 80 && (GREETING.test(t) || VAGUE.test(t));
}

function contentWordCount(text: string): number {
  let n = 0;
  for (const w of words(withoutLinks(text))) {
    const lower = w.toLowerCase();
    if (STOP_WORDS.has(lower)) continue;
    if (w.length >= 2) n++;
  }
  return n;
}

/** Real content: words, not a placeholder, not a greeting or sign-off. */
function isContent(text: string): boolean {
  const t = text.trim();
  if (!t || isPlaceholder(t) || isTrivial(t)) return false;
  return hasRealWords(t);
}

function isOnlyLink(text: string): boolean {
  const t = text.trim();
  return URL_TEST.test(t) && !hasRealWords(t.replace(URL_RE, ' ').replace(/[<>()[\]:|,-]/g, ' '));
}

function listItemText(line: string): string | null {
  const m = LIST_ITEM.exec(line);
  return m ? (m.groups?.item ?? '').trim() : null;
}

interface Heading {
  word: string;
  kind: HeadingKind;
  /** Text after the colon, or null when the heading stands alone on its line. */
  inline: string | null;
  /** A bare label before a colon ("Attendees:"), for lists of people or logistics. */
  label: string;
  /** Clearly meant as a heading: a colon, a decoration ("## …", "【…】"), or the word alone. */
  explicit: boolean;
}

/**
 * Index of the colon that ends a label ("Agenda: …"), or -1. Colons in times ("10:30") are
 * passed over; a colon that starts a link ("https:") means there is no label.
 */
function labelColon(text: string): number {
  let from = 0;
  for (let n = 0; n < 8; n++) {
    const i = text.indexOf(':', from);
    if (i < 0) return -1;
    if (/(?:https?|mailto|tel|sip)$/i.test(text.slice(Math.max(0, i - 6), i))) return -1;
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 1);
    if (before >= 48 && before <= 57 && after >= 48 && after <= 57) {
      from = i + 1;
      continue;
    }
    return i;
  }
  return -1;
}

/** Read a heading line: "Agenda", "## Goals", "**Ziele:** …", "【議題】", "Topics for today:". */
function readHeading(line: string): Heading | null {
  if (line.length > 300) return null;
  const decorated = /^\s*(?:#{1,6}\s|\*\*|__|【|■|◆|\[|<)/u.test(line);
  const lead = line.replace(HEADING_LEAD, '').replace(NUMBER_LEAD, '').trim();
  const core = lead.replace(HEADING_TRAIL, '').trim();
  if (!core) return null;
  let prefix = core;
  let inline: string | null = null;
  const colon = labelColon(lead);
  if (colon >= 0) {
    // The label loses its decoration ("**Agenda:**"); the content after it is kept as written.
    prefix = lead.slice(0, colon);
    inline = lead
      .slice(colon + 1)
      .replace(/^[\s*_】\]」』|]+/u, '')
      .trim();
  } else {
    const dash = /^(.{1,40}?)\s+[-–—|]\s+(.+)$/u.exec(core);
    if (dash?.[1] && dash[2] && dash[1].trim().split(/\s+/).length <= 3) {
      prefix = dash[1];
      inline = dash[2].trim();
    }
  }
  prefix = prefix
    .replace(/[*_\s]+$/u, '')
    .replace(/^[*_\s]+/u, '')
    .replace(/[?？]$/u, '')
    .trim();
  if (!prefix || prefix.length > 60) return null;
  const label = prefix.toLowerCase().replace(/\s+/g, ' ');
  const strictKind = STRICT_HEADINGS[label];
  if (strictKind && inline !== null) return { word: prefix, kind: strictKind, inline, label, explicit: true };

  const prefixWords = isCjk(prefix) ? Math.ceil(prefix.replace(/\s+/g, '').length / 4) : prefix.split(/\s+/).length;
  if (prefixWords > 6) return null;
  const m = MATCHER().latin.exec(prefix) ?? MATCHER().cjk.exec(prefix);
  if (!m) return { word: '', kind: 'agenda', inline, label, explicit: inline !== null };
  const word = m.text;
  if (inline === null) {
    // No colon: a short line whose first or last word is the keyword, not a sentence.
    if (/[.!?。！？]/u.test(core) && !decorated) return null;
    if (!isCjk(word)) {
      if (prefixWords > 5) return null;
      const first = prefix.slice(0, word.length).toLowerCase() === word.toLowerCase();
      const last = prefix.slice(prefix.length - word.length).toLowerCase() === word.toLowerCase();
      if (!first && !last) return null;
    } else if (prefix.replace(/\s+/g, '').length > 16) {
      return null;
    }
  }
  const explicit = inline !== null || decorated || word.length === prefix.length;
  return { word, kind: kindOfWord(word), inline, label, explicit };
}

function capitalize(word: string): string {
  const w = word.trim().replace(/\s+/g, ' ');
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function headingReason(names: string[]): string {
  const quoted = names.slice(0, 3).map((n) => `‘${capitalize(n)}’`);
  if (quoted.length === 1) {
    const first = names[0] ?? '';
    const article = /^[aeiouAEIOUÀ-ÖØ-öø-ÿ]/u.test(first) && !/^(?:u[nr]i|eu|one)/i.test(first) ? 'an' : 'a';
    return `Has ${article} ${quoted[0]} heading.`;
  }
  const last = quoted.pop();
  return `Has ${quoted.join(', ')} and ${last} headings.`;
}

// ---------------------------------------------------------------------------------------
// detectAgenda
// ---------------------------------------------------------------------------------------

interface Findings {
  headings: string[];
  emptyHeadings: string[];
  topics: number;
  purpose: boolean;
  decision: boolean;
  question: boolean;
  covers: boolean;
  agendaLink: boolean;
  prereadLink: boolean;
  agendaElsewhere: boolean;
  prereadElsewhere: boolean;
}

/**
 * What a sentence rule leaves to talk about: the line around the match, plus the words
 * inside a long match ("wir müssen [heute über das Budget] entscheiden").
 */
function rest(line: string, match: UnionMatch): string {
  const inner = words(match.text).slice(2, -1).join(' ');
  return `${line.slice(0, match.index)} ${inner} ${line.slice(match.index + match.text.length)}`;
}

function examine(lines: string[]): Findings {
  const f: Findings = {
    headings: [],
    emptyHeadings: [],
    topics: 0,
    purpose: false,
    decision: false,
    question: false,
    covers: false,
    agendaLink: false,
    prereadLink: false,
    agendaElsewhere: false,
    prereadElsewhere: false,
  };
  const topics = new Set<string>();
  // A list item is a heading only with a colon ("- Goals:"), never "- 10:40 Decision";
  // "■ 議題" is a heading (■ ◆ ★ decorate headings in Japanese and Chinese notes).
  const headingAt = lines.map((line) => {
    const h = readHeading(line);
    if (!h || h.inline !== null || listItemText(line) === null) return h;
    return /^\s*[■□◆◇★☆▼]/u.test(line) ? h : null;
  });
  const skip = new Array<boolean>(lines.length).fill(false);
  let nonTopicSection = false;

  const noteLink = (kind: HeadingKind, text: string) => {
    if (kind === 'agenda' || DOC_AGENDA_NAME.test(text)) f.agendaLink = true;
    else f.prereadLink = true;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const h = headingAt[i];
    if (!line.trim()) continue;

    // Headings and what is under them.
    if (h?.word) {
      const named = h.word;
      if (h.inline !== null && h.inline !== '') {
        skip[i] = true;
        if (isOnlyLink(h.inline)) noteLink(h.kind, named);
        else if (isContent(h.inline)) f.headings.push(named);
        else f.emptyHeadings.push(named);
      } else {
        let found: 'content' | 'link' | null = null;
        for (let k = i + 1; k < lines.length && k <= i + 40; k++) {
          const next = lines[k] ?? '';
          if (!next.trim()) continue;
          const nh = headingAt[k];
          if (nh?.word && !listItemText(next)) break;
          const item = listItemText(next);
          const body = item ?? next;
          if (isOnlyLink(body)) {
            found ??= 'link';
            continue;
          }
          if (isContent(body)) {
            found = 'content';
            break;
          }
        }
        if (found === 'content') f.headings.push(named);
        else if (found === 'link') noteLink(h.kind, named);
        else if (h.explicit) f.emptyHeadings.push(named);
        skip[i] = true;
      }
    }

    // Topic lists (not under "Attendees:" or "Location:").
    const item = listItemText(line);
    if (item === null) {
      nonTopicSection = Boolean(h && (h.inline === null || h.inline === '') && NON_TOPIC_HEADINGS.has(h.label));
    } else if (!nonTopicSection) {
      const isBareHeading = Boolean(h?.word && (h.inline === '' || h.inline === null));
      if (!isBareHeading && !LOGISTICS_KEY.test(item) && isContent(item) && !isOnlyLink(item)) {
        topics.add(item.toLowerCase().replace(/\s+/g, ' ').slice(0, 200));
      }
    }
  }
  f.topics = topics.size;

  // Sentences and links, line by line.
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (!raw.trim()) continue;
    const h = headingAt[i];
    if (skip[i] && h?.word && (h.inline === null || !isContent(h.inline))) continue;
    const line = raw.length > 2000 ? raw.slice(0, 2000) : raw;
    if (URL_TEST.test(line)) {
      const prev = previousNonEmpty(lines, i);
      const named = line.replace(URL_RE, ' ');
      if (DOC_AGENDA_NAME.test(named)) f.agendaLink = true;
      else if (DOC_PREREAD_NAME.test(named)) f.prereadLink = true;
      else if (prev !== null && /[:：]\s*$/u.test(prev) && prev.length <= 80) {
        if (DOC_AGENDA_NAME.test(prev)) f.agendaLink = true;
        else if (DOC_PREREAD_NAME.test(prev)) f.prereadLink = true;
      }
    }
    // The sentence rules below all need words to work on.
    if (!hasRealWords(line)) continue;
    const body = (listItemText(line) ?? line).replace(HEADING_LEAD, '').trim();

    if (!f.purpose) {
      const m = PURPOSE.exec(line);
      if (m && contentWordCount(rest(line, m)) >= 1) f.purpose = true;
    }
    if (!f.decision) {
      const m = DECISION.exec(line);
      if (m && contentWordCount(rest(line, m)) >= 1) f.decision = true;
    }
    if (!f.question && /[?？]\s*$/u.test(body)) {
      // "Should we move the launch to May?" — the question needs three words of its own.
      if (SETTLING_QUESTION.test(body.replace(/^¿/u, '')) && contentWordCount(body) >= 3) f.question = true;
    }
    if (!f.covers && body.length <= 300) {
      const m = COVERS.exec(body.replace(/[.!]+$/u, ''));
      if (m?.groups) {
        const object = Object.values(m.groups).find((v) => typeof v === 'string') ?? '';
        if (contentWordCount(object) >= 2) f.covers = true;
      }
    }
    if (!f.agendaElsewhere && AGENDA_ELSEWHERE.test(line)) f.agendaElsewhere = true;
    if (!f.prereadElsewhere && PREREAD_ELSEWHERE.test(line)) f.prereadElsewhere = true;
  }
  return f;
}

function previousNonEmpty(lines: string[], i: number): string | null {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const l = lines[k];
    if (l?.trim()) return l.trim();
  }
  return null;
}

/** Reasons when something counts, in a fixed order. */
function positiveReasons(f: Findings): string[] {
  const reasons: string[] = [];
  const names = [...new Map(f.headings.map((n) => [n.toLowerCase(), n])).values()];
  if (names.length) reasons.push(headingReason(names));
  if (f.topics >= 2) reasons.push(`Lists ${f.topics} topics.`);
  if (f.purpose) reasons.push('States a purpose.');
  if (f.decision) reasons.push('Names a decision to make.');
  if (f.question) reasons.push('Asks a question to settle.');
  if (f.covers && !f.purpose && !f.decision) reasons.push('Says what it will cover.');
  if (f.agendaLink) reasons.push('Links the agenda.');
  if (f.prereadLink) reasons.push('Links a pre-read.');
  if (f.agendaElsewhere && !f.agendaLink) reasons.push('Points to an agenda document.');
  if (f.prereadElsewhere && !f.prereadLink && !f.agendaElsewhere) reasons.push('Mentions a pre-read.');
  return reasons;
}

/**
 * Does `description` (plain text or HTML) carry an agenda? Never throws; reads at most the
 * first 20,000 characters of text.
 */
export function detectAgenda(description: string): AgendaResult {
  try {
    const text = prepareDescription(typeof description === 'string' ? description : '');
    if (text.trim() === '') {
      return { hasAgenda: false, reasons: ['The description is empty.'] };
    }
    const { text: cleaned, removedLines } = analyzeConferenceBoilerplate(text, { prepared: true });
    const lines = cleaned.split('\n');
    const findings = examine(lines);
    const reasons = positiveReasons(findings);
    if (reasons.length) return { hasAgenda: true, reasons };

    const meaningful = lines.some((l) => hasRealWords(l) && !isGreeting(l));
    if (!meaningful && removedLines > 0) {
      return { hasAgenda: false, reasons: ['Only the video-call details are there.'] };
    }
    if (findings.emptyHeadings.length >= 2) {
      return { hasAgenda: false, reasons: ['The agenda template isn’t filled in yet.'] };
    }
    const empty = findings.emptyHeadings[0];
    if (empty) return { hasAgenda: false, reasons: [`The ‘${capitalize(empty)}’ heading has nothing under it yet.`] };
    return { hasAgenda: false, reasons: ['No topics, goals or questions found.'] };
  } catch {
    // Defensive: the rules above are not expected to throw on any string.
    return { hasAgenda: false, reasons: ['No topics, goals or questions found.'] };
  }
}
