/**
 * Words that say what a meeting (or a call asked for in chat) is for: a decision, a proposal
 * or review, a handover. In the ten languages of detectAgenda (en, de, fr, es, pt, it, nl,
 * ja, zh, ko). Its own module, without the status-title lists, so the chat content script
 * can use it cheaply (lib/chat/compose.ts). Pure, never throws.
 *
 * Latin-script words match as whole words, case-insensitively; an entry ending in `*` also
 * takes endings ("decid*": decide, decided, deciding), one starting with `*` sits at the end
 * of a compound ("*entscheidung": Projektentscheidung). CJK and Hangul match anywhere.
 */

export type MeetingPurpose = 'decision' | 'proposal' | 'handover';

const DECISION_WORDS = [
  // en
  'decid*',
  'decision*',
  'approv*',
  'choos*',
  'choice',
  'sign-off',
  'sign off',
  'signoff',
  'go/no-go',
  'go-no-go',
  'go no go',
  'vote',
  // de
  '*entscheid*',
  '*beschluss*',
  'beschließ*',
  '*freigabe',
  'genehmig*',
  'auswählen',
  // fr
  'décid*',
  'décision*',
  'approuv*',
  'approbation',
  'choisir',
  'choix',
  'arbitrage',
  'trancher',
  // es, pt, it (decid*, aprov*/approv* above and below)
  'decisión',
  'decisiones',
  'aprob*',
  'elegir',
  'elección',
  'escoger',
  'votación',
  'decisão',
  'decisões',
  'aprov*',
  'escolher',
  'escolha',
  'votação',
  'decisione',
  'decisioni',
  'scegliere',
  'scelta',
  'delibera',
  // nl
  '*besluit*',
  'beslis*',
  'goedkeur*',
  'keuze',
  'kiezen',
];
const DECISION_CJK = [
  // ja
  '決定',
  '決裁',
  '承認',
  '意思決定',
  '選定',
  '判断',
  // zh
  '决定',
  '决策',
  '決策',
  '审批',
  '審批',
  '批准',
  '选择',
  '選擇',
  '拍板',
  // ko
  '결정',
  '승인',
  '결재',
  '선택',
];

const PROPOSAL_WORDS = [
  // en
  'rfc',
  'propos*',
  'review*',
  'design*',
  'architecture',
  'spec',
  'specs',
  'draft',
  // de
  '*vorschlag',
  '*vorschläge',
  '*entwurf',
  '*konzept',
  'architektur',
  // fr
  'proposition*',
  'revue',
  'relecture',
  'conception',
  // es, pt, it
  'propuesta*',
  'revisión',
  'diseño',
  'arquitectura',
  'proposta*',
  'revisão',
  'arquitetura',
  'revisione',
  'progettazione',
  'architettura',
  // nl
  '*voorstel',
  'ontwerp*',
  'architectuur',
];
const PROPOSAL_CJK = [
  // ja
  '提案',
  'レビュー',
  '設計',
  '仕様',
  // zh
  '方案',
  '评审',
  '評審',
  '设计',
  '架构',
  '架構',
  // ko
  '제안',
  '리뷰',
  '검토',
  '설계',
];

const HANDOVER_WORDS = [
  // en
  'handover*',
  'hand-over*',
  'hand over',
  'handoff*',
  'hand-off*',
  'onboard*',
  'offboard*',
  'transition*',
  'knowledge transfer',
  // de
  '*übergabe',
  'einarbeitung',
  'wissenstransfer',
  // fr
  'passation',
  'passage de relais',
  // es, pt, it
  'traspaso',
  'transición',
  'relevo',
  'passagem de bastão',
  'transição',
  'passaggio di consegne',
  'consegne',
  'transizione',
  'affiancamento',
  // nl
  '*overdracht',
  'inwerken',
  'transitie',
];
const HANDOVER_CJK = [
  // ja
  '引き継ぎ',
  '引継ぎ',
  '引継',
  'オンボーディング',
  // zh
  '交接',
  '移交',
  '入职',
  '入職',
  // ko
  '인수인계',
  '인계',
  '온보딩',
];

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/[ -]/g, '[\\s-]*');
}

/** One expression for a list of words and phrases (see the module comment for `*`). */
function wordsRe(words: readonly string[], cjk: readonly string[]): RegExp {
  const latin = words.map((word) => {
    const before = word.startsWith('*') ? '\\p{L}*' : '';
    const after = word.endsWith('*') ? '\\p{L}*' : '';
    return `${before}${escapeRe(word.replace(/^\*|\*$/g, ''))}${after}`;
  });
  const latinPart = `(?<![\\p{L}\\p{N}])(?:${latin.join('|')})(?![\\p{L}\\p{N}])`;
  return new RegExp(`${latinPart}|${cjk.map(escapeRe).join('|')}`, 'iu');
}

const DECISION_RE = wordsRe(DECISION_WORDS, DECISION_CJK);
const PROPOSAL_RE = wordsRe(PROPOSAL_WORDS, PROPOSAL_CJK);
const HANDOVER_RE = wordsRe(HANDOVER_WORDS, HANDOVER_CJK);
/** In this order when two words start at the same place. */
const PURPOSES: [MeetingPurpose, RegExp][] = [
  ['decision', DECISION_RE],
  ['handover', HANDOVER_RE],
  ['proposal', PROPOSAL_RE],
];

/**
 * The purpose whose word comes first in `text` (when two start at the same place: decision,
 * then handover, then proposal), or null. Only the first 500 characters are read.
 */
export function findMeetingPurpose(text: string): MeetingPurpose | null {
  if (typeof text !== 'string') return null;
  let t = text.slice(0, 500);
  try {
    t = t.normalize('NFKC');
  } catch {
    // keep as is
  }
  let best: { purpose: MeetingPurpose; at: number } | null = null;
  for (const [purpose, re] of PURPOSES) {
    const at = t.search(re);
    if (at >= 0 && (best === null || at < best.at)) best = { purpose, at };
  }
  return best?.purpose ?? null;
}
