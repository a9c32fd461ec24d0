import { describe, expect, it } from 'vitest';
import { type AsyncDocKind, asyncTemplateFor, pickAsyncDocKind } from '../../lib/meeting/async-kinds';
import { DEFAULT_TEMPLATES, templatesSchema } from '../../lib/settings';

/** Titles by language: each kind in each of detectAgenda's ten languages. */
const TITLES: Record<string, [string, AsyncDocKind][]> = {
  en: [
    ['Weekly sync', 'status'],
    ['Team stand-up', 'status'],
    ['Decide the launch date', 'decision'],
    ['Approve Q3 budget', 'decision'],
    ['Choose a vendor for payroll', 'decision'],
    ['RFC: new billing service', 'proposal'],
    ['Design review: onboarding screens', 'proposal'],
    ['Weekly design review', 'proposal'],
    ['Proposal for the hiring process', 'proposal'],
    ['Handover to Sam', 'handover'],
    ['Onboarding: Priya', 'handover'],
    ['Transition plan for support', 'handover'],
    ['Progress review', 'status'],
    ['Lunch with Ana', 'general'],
    ['Customer call: Acme', 'general'],
  ],
  de: [
    ['Jour fixe Vertrieb', 'status'],
    ['Projektabstimmung', 'status'],
    ['Entscheidung: neues CRM', 'decision'],
    ['Freigabe Budget 2027', 'decision'],
    ['Architektur-Review Zahlungsdienst', 'proposal'],
    ['Konzept Kundenportal', 'proposal'],
    ['Übergabe an Jonas', 'handover'],
    ['Einarbeitung neue Kollegin', 'handover'],
    ['Mittagessen', 'general'],
  ],
  fr: [
    ['Point hebdo équipe', 'status'],
    ['Décision sur le fournisseur', 'decision'],
    ['Choix de la date de lancement', 'decision'],
    ['Revue de conception API', 'proposal'],
    ['Proposition de nouvelle offre', 'proposal'],
    ['Passation de dossier', 'handover'],
    ['Déjeuner', 'general'],
  ],
  es: [
    ['Reunión semanal', 'status'],
    ['Decisión sobre el proveedor', 'decision'],
    ['Aprobación del presupuesto', 'decision'],
    ['Revisión de diseño', 'proposal'],
    ['Propuesta de precios', 'proposal'],
    ['Traspaso del proyecto', 'handover'],
    ['Almuerzo', 'general'],
  ],
  pt: [
    ['Reunião semanal', 'status'],
    ['Decisão sobre o fornecedor', 'decision'],
    ['Aprovação do orçamento', 'decision'],
    ['Proposta de arquitetura', 'proposal'],
    ['Passagem de bastão para Ana', 'handover'],
    ['Almoço', 'general'],
  ],
  it: [
    ['Riunione settimanale', 'status'],
    ['Decisione sul fornitore', 'decision'],
    ['Scelta del partner', 'decision'],
    ['Revisione architettura', 'proposal'],
    ['Passaggio di consegne', 'handover'],
    ['Pranzo', 'general'],
  ],
  nl: [
    ['Wekelijks overleg', 'status'],
    ['Besluit over leverancier', 'decision'],
    ['Goedkeuring begroting', 'decision'],
    ['Voorstel nieuwe werkwijze', 'proposal'],
    ['Ontwerpreview app', 'proposal'],
    ['Overdracht klantdossier', 'handover'],
    ['Lunch', 'general'],
  ],
  ja: [
    ['週次定例', 'status'],
    ['ベンダー選定の決定', 'decision'],
    ['予算承認', 'decision'],
    ['設計レビュー', 'proposal'],
    ['新機能の提案', 'proposal'],
    ['業務の引き継ぎ', 'handover'],
    ['ランチ', 'general'],
  ],
  zh: [
    ['每周例会', 'status'],
    ['供应商决策', 'decision'],
    ['预算审批', 'decision'],
    ['架构评审', 'proposal'],
    ['工作交接', 'handover'],
    ['午餐', 'general'],
  ],
  ko: [
    ['주간 회의', 'status'],
    ['공급업체 결정', 'decision'],
    ['예산 승인', 'decision'],
    ['설계 리뷰', 'proposal'],
    ['업무 인수인계', 'handover'],
    ['점심', 'general'],
  ],
};

describe('pickAsyncDocKind', () => {
  for (const [language, titles] of Object.entries(TITLES)) {
    it(`picks the document for ${language} titles`, () => {
      const picked = titles.map(([title]) => [title, pickAsyncDocKind(title)]);
      expect(picked).toEqual(titles);
    });
  }

  it('covers every kind in at least eight languages', () => {
    for (const kind of ['status', 'decision', 'proposal', 'handover', 'general'] as const) {
      const languages = Object.values(TITLES).filter((titles) => titles.some(([, k]) => k === kind));
      expect(languages.length).toBeGreaterThanOrEqual(8);
    }
  });

  it('does not take parts of other words', () => {
    for (const title of [
      'Redesigned? no: Predecessor party',
      'Decimal places',
      'Specialist hiring',
      'Approximate plan',
    ])
      expect(pickAsyncDocKind(title)).toBe('general');
  });

  it('never throws, whatever it is given', () => {
    for (const value of ['', '   ', null, undefined, 42, 'x'.repeat(100_000), '\u0000\uD800'])
      expect(() => pickAsyncDocKind(value as string)).not.toThrow();
    expect(pickAsyncDocKind('')).toBe('general');
  });
});

describe('asyncTemplateFor', () => {
  it('gives the person’s own template for each kind, and the defaults have what each needs', () => {
    const templates = templatesSchema.parse({ asyncDecision: 'mine' });
    expect(asyncTemplateFor(templates, 'decision')).toBe('mine');
    expect(asyncTemplateFor(templates, 'general')).toBe(DEFAULT_TEMPLATES.asyncDoc);
    expect(DEFAULT_TEMPLATES.asyncDecision).toMatch(/Options[\s\S]*Criteria[\s\S]*Recommendation[\s\S]*Who decides/);
    expect(DEFAULT_TEMPLATES.asyncDecision).toContain('{deadline}');
    expect(DEFAULT_TEMPLATES.asyncProposal).toMatch(
      /Problem[\s\S]*Proposal[\s\S]*Alternatives[\s\S]*Open questions[\s\S]*Review/,
    );
    expect(DEFAULT_TEMPLATES.asyncProposal).toContain('review by {deadline}');
    expect(DEFAULT_TEMPLATES.asyncStatus).toMatch(/Done[\s\S]*Next[\s\S]*Blocked/);
    expect(DEFAULT_TEMPLATES.asyncHandover).toMatch(/handed over[\s\S]*Open items[\s\S]*People/);
  });
});
