/**
 * Which async document fits a meeting, from its title: a status update, a decision, a
 * proposal or review, a handover, or the general one. In the ten languages of detectAgenda
 * (en, de, fr, es, pt, it, nl, ja, zh, ko). Pure, never throws.
 *
 * Status-update titles are the ones lib/meeting/status-titles.ts knows. The other words:
 * Latin-script words match as whole words, case-insensitively; an entry ending in `*` also
 * takes endings ("decid*": decide, decided, deciding), one starting with `*` sits at the end
 * of a compound ("*entscheidung": Projektentscheidung). CJK and Hangul match anywhere.
 */
import type { Templates } from '../settings';
import { matchStatusTitle } from './status-titles';

export const ASYNC_DOC_KINDS = ['general', 'status', 'decision', 'proposal', 'handover'] as const;
export type AsyncDocKind = (typeof ASYNC_DOC_KINDS)[number];

export const ASYNC_DOC_KIND_LABELS: Record<AsyncDocKind, string> = {
  general: 'General',
  status: 'Status update',
  decision: 'Decision',
  proposal: 'Proposal / RFC',
  handover: 'Handover',
};

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
const PURPOSES: [AsyncDocKind, RegExp][] = [
  ['decision', DECISION_RE],
  ['handover', HANDOVER_RE],
  ['proposal', PROPOSAL_RE],
];

/**
 * The async document that fits a meeting with this title. A decision, a handover or a
 * proposal says more about the meeting than a status word does ("Weekly design review" is a
 * review): those are looked for first, in the title without its status words ("Progress
 * review" stays a status update); when several are there, the first in the title wins.
 */
export function pickAsyncDocKind(title: string): AsyncDocKind {
  if (typeof title !== 'string' || title.trim() === '') return 'general';
  let text = title.slice(0, 500);
  try {
    text = text.normalize('NFKC');
  } catch {
    // keep as is
  }
  const status = matchStatusTitle(text);
  const rest = status ? text.replace(status, ' ') : text;
  // The word that comes first names the meeting ("Design review: onboarding screens").
  let best: { kind: AsyncDocKind; at: number } | null = null;
  for (const [kind, re] of PURPOSES) {
    const at = rest.search(re);
    if (at >= 0 && (best === null || at < best.at)) best = { kind, at };
  }
  return best?.kind ?? (status ? 'status' : 'general');
}

/** The settings' template for each kind of document. */
export const ASYNC_TEMPLATE_KEYS = {
  general: 'asyncDoc',
  status: 'asyncStatus',
  decision: 'asyncDecision',
  proposal: 'asyncProposal',
  handover: 'asyncHandover',
} as const satisfies Record<AsyncDocKind, keyof Templates>;

export function asyncTemplateFor(templates: Templates, kind: AsyncDocKind): string {
  return templates[ASYNC_TEMPLATE_KEYS[kind]];
}
