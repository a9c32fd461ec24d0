/**
 * Titles that sound like a status update ("Weekly sync", "Jour fixe", "Point hebdo",
 * "定例", "주간 회의"): meetings that often work as well in writing. Pure, never throws.
 *
 * Latin-script words match as whole words, case-insensitively. German and Dutch compounds
 * ("Projektabstimmung", "Teamoverleg") match on their last part. CJK and Hangul phrases
 * match anywhere in the title.
 */
import { RegexUnion } from '../text/regex-union';

/** Whole words or phrases, in any position. */
const WORDS = [
  // en
  'sync',
  'sync-up',
  'sync up',
  'synch',
  'status',
  'status update',
  'status meeting',
  'update',
  'updates',
  'check-in',
  'checkin',
  'check in',
  'stand-up',
  'standup',
  'stand up',
  'daily',
  'daily scrum',
  'catch-up',
  'catchup',
  'catch up',
  'weekly',
  'bi-weekly',
  'biweekly',
  'fortnightly',
  'touch base',
  'touchbase',
  'touch-base',
  'round-up',
  'roundup',
  'round up',
  'huddle',
  'progress review',
  'progress meeting',
  'status review',
  'recurring review',
  // de
  'jour fixe',
  'jour-fixe',
  'jourfixe',
  'statusmeeting',
  'status-meeting',
  'statusupdate',
  'status-update',
  'statusbesprechung',
  'statusrunde',
  'statustermin',
  'wochenmeeting',
  'wochenbesprechung',
  'regeltermin',
  'wöchentliche abstimmung',
  'abstimmung',
  'update-call',
  'weekly-call',
  'teamrunde',
  'kurzer austausch',
  // fr
  'point hebdo',
  'point hebdomadaire',
  "point d'équipe",
  "point d'avancement",
  'point de suivi',
  'point mensuel',
  'point quotidien',
  'point rapide',
  'point de situation',
  "point d'étape",
  'point statut',
  'réunion de suivi',
  'réunion hebdomadaire',
  'réunion hebdo',
  'hebdo',
  'synchro',
  'mise à jour',
  "état d'avancement",
  'suivi hebdo',
  'suivi de projet',
  // es
  'reunión de seguimiento',
  'seguimiento',
  'actualización',
  'sincronización',
  'puesta al día',
  'reunión semanal',
  'estado del proyecto',
  'reunión de estado',
  'reunión de avance',
  'avances',
  // pt
  'alinhamento',
  'status semanal',
  'reunião semanal',
  'atualização',
  'acompanhamento',
  'sincronização',
  'ponto de situação',
  'reunião de status',
  'reunião de acompanhamento',
  // it
  'aggiornamento',
  'punto',
  'punto settimanale',
  'punto della situazione',
  'riunione settimanale',
  'allineamento',
  'stato avanzamento',
  'stato avanzamento lavori',
  'sincronizzazione',
  // nl
  'wekelijks overleg',
  'weekoverleg',
  'voortgangsoverleg',
  'statusoverleg',
  'werkoverleg',
  'bijpraten',
  'weekstart',
  'weekly overleg',
  'voortgang',
  'afstemming',
];

/** Last parts of compounds (de, nl), after at least one letter: "Projektabstimmung", "Teamoverleg". */
const COMPOUND_ENDINGS = ['abstimmung', 'austausch', 'statusrunde', 'jourfixe', 'afstemming', 'overleg'];

/** CJK and Hangul phrases, matched anywhere. */
const CJK_PHRASES = [
  // ja
  '定例',
  '進捗',
  '朝会',
  '夕会',
  '週次',
  '共有会',
  '報告会',
  '朝礼',
  'スタンドアップ',
  'デイリー',
  '週報',
  // zh
  '例会',
  '例會',
  '周会',
  '週會',
  '站会',
  '站會',
  '晨会',
  '晨會',
  '进度',
  '進度',
  '同步会',
  '同步會',
  '日会',
  '周报',
  '週報',
  '进展',
  '進展',
  '汇报',
  '匯報',
  // ko
  '스탠드업',
  '주간 회의',
  '주간회의',
  '정기 회의',
  '정기회의',
  '진행 상황',
  '진행상황',
  '현황 공유',
  '업데이트',
  '싱크',
  '데일리',
  '주간 미팅',
  '주간미팅',
  '주간 보고',
  '주간보고',
  '정기 미팅',
];

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]*');
}

const byLength = (a: string, b: string) => b.length - a.length;

// (RegexUnions, see conference.ts: one expression each, compiled piece by piece)
const WORD_RE = RegexUnion.around(
  '(?<![\\p{L}\\p{N}])',
  [...WORDS].sort(byLength).map(escapeRe),
  '(?![\\p{L}\\p{N}])',
  'iu',
);
const COMPOUND_RE = RegexUnion.around('(?<=\\p{L})', COMPOUND_ENDINGS.map(escapeRe), '(?![\\p{L}\\p{N}])', 'iu');
const CJK_RE = RegexUnion.around('', CJK_PHRASES.map(escapeRe), '', 'u');
/** Italian "SAL" (stato avanzamento lavori), upper case only: "Sal" is also a name. */
const SAL = /(?<![\p{L}\p{N}])SAL(?![\p{L}\p{N}])/u;
/** French "Point" at the start of a title ("Point projet X", "Point") is a status meeting. */
const POINT_START = new RegexUnion(
  [
    '^\\s*point(?:\\s*$|\\s+(?:sur|projet|équipe|team|rh|budget|hebdo|mensuel|rapide|avancement|client)(?![\\p{L}\\p{N}]))',
  ],
  'iu',
);

/**
 * The status-update word in `title` as written ("Weekly", "Jour fixe", "定例"), or null.
 * Only the first 500 characters are read.
 */
export function matchStatusTitle(title: string): string | null {
  if (typeof title !== 'string' || title.trim() === '') return null;
  let t = title.slice(0, 500);
  try {
    t = t.normalize('NFKC');
  } catch {
    // keep as is
  }
  t = t.replace(/[\u2018\u2019]/g, "'");
  const word = WORD_RE.exec(t);
  if (word) return word.text.trim();
  const point = POINT_START.exec(t);
  if (point) return point.text.trim();
  // (SAL is matched case-sensitively: no need to try it on a title without "SAL")
  const sal = t.includes('SAL') ? SAL.exec(t) : null;
  if (sal) return sal[0];
  const cjk = CJK_RE.exec(t);
  if (cjk) return cjk.text;
  const compound = COMPOUND_RE.exec(t);
  if (compound) {
    // Return the whole compound word ("Projektabstimmung").
    const start = t.slice(0, compound.index).search(/[\p{L}\p{N}-]*$/u);
    return t.slice(start >= 0 ? start : compound.index, compound.index + compound.text.length);
  }
  return null;
}

/** Does `title` sound like a status update? */
export function isStatusTitle(title: string): boolean {
  return matchStatusTitle(title) !== null;
}
