import { describe, expect, it } from 'vitest';
import { detectAgenda } from '../../lib/meeting/agenda';

/** Heading words per language, each with a line of real content in that language. */
const HEADINGS: Record<string, { words: string[]; content: string }> = {
  en: {
    words: [
      'Agenda',
      'Goals',
      'Objectives',
      'Purpose',
      'Topics',
      'Questions',
      'Outcomes',
      'Decisions',
      'Pre-read',
      'Discussion points',
    ],
    content: 'Pricing for the enterprise plan',
  },
  de: {
    words: ['Tagesordnung', 'Agenda', 'Ziele', 'Zweck', 'Themen', 'Fragen', 'Ergebnis', 'Entscheidung'],
    content: 'Budget für das neue Lager',
  },
  fr: {
    words: ['Ordre du jour', 'Objectifs', 'But', 'Sujets', 'Questions', 'Résultat', 'Décision'],
    content: 'Budget du nouvel entrepôt',
  },
  es: {
    words: ['Orden del día', 'Agenda', 'Objetivos', 'Propósito', 'Temas', 'Preguntas', 'Resultado', 'Decisión'],
    content: 'Presupuesto del nuevo almacén',
  },
  pt: {
    words: ['Pauta', 'Agenda', 'Objetivos', 'Propósito', 'Tópicos', 'Perguntas', 'Resultado'],
    content: 'Orçamento do novo armazém',
  },
  it: {
    words: ['Ordine del giorno', 'Obiettivi', 'Scopo', 'Argomenti', 'Domande', 'Risultato'],
    content: 'Budget del nuovo magazzino',
  },
  nl: {
    words: ['Agenda', 'Doelen', 'Doel', 'Onderwerpen', 'Vragen', 'Resultaat', 'Besluit'],
    content: 'Begroting voor het nieuwe magazijn',
  },
  ja: {
    words: ['議題', 'アジェンダ', '目的', 'ゴール', '目標', '論点', '決定事項'],
    content: '新しい倉庫の予算',
  },
  zh: {
    words: ['议程', '議程', '目的', '目标', '目標', '议题', '議題', '讨论事项'],
    content: '新仓库的预算',
  },
  ko: {
    words: ['안건', '의제', '아젠다', '목적', '목표', '논의 사항'],
    content: '새 창고 예산',
  },
};

describe('headings in ten languages', () => {
  for (const [lang, { words, content }] of Object.entries(HEADINGS)) {
    for (const word of words) {
      it(`${lang}: “${word}: …” and “${word}” over a line`, () => {
        const inline = detectAgenda(`${word}: ${content}`);
        expect(inline.hasAgenda).toBe(true);
        expect(inline.reasons[0]).toContain(`‘${word}’`);
        // French "But" (goal) is also an English word: it only counts before a colon.
        const block = detectAgenda(`${word}\n${content}`);
        expect(block.hasAgenda).toBe(word !== 'But');
        expect(detectAgenda(`${word}:`).hasAgenda).toBe(false);
      });
    }
  }

  it.each([
    ['【議題】\n・予算の確認\n・採用計画', 'Has a ‘議題’ heading.'],
    ['■ 本日のアジェンダ\n予算の確認', 'Has a ‘アジェンダ’ heading.'],
    ['会議の目的：採用計画を決めること', 'Has a ‘目的’ heading.'],
    ['会议议程：\n1. 预算\n2. 招聘', 'Has a ‘议程’ heading.'],
    ['회의 안건\n1. 예산 검토\n2. 채용 계획', 'Has a ‘안건’ heading.'],
    ['## Tagesordnung\n1. Budget\n2. Personal', 'Has a ‘Tagesordnung’ heading.'],
    ['Ordre du jour :\n- Bilan du trimestre\n- Recrutement', 'Has an ‘Ordre du jour’ heading.'],
  ])('decorated or full-width: %j', (text, reason) => {
    expect(detectAgenda(text).reasons[0]).toBe(reason);
  });

  it('full-width colon and digits (NFKC)', () => {
    expect(detectAgenda('議題：\n１．予算\n２．採用').reasons).toEqual(['Has a ‘議題’ heading.', 'Lists 2 topics.']);
  });
});

describe('purpose and decision sentences in ten languages', () => {
  it.each([
    ['en', 'The goal of this meeting is to agree on the launch date.'],
    ['de', 'Ziel des Termins ist eine Entscheidung über das neue CRM.'],
    ['de', 'Wir müssen entscheiden, ob wir das Lager in Leipzig eröffnen.'],
    ['de', 'In diesem Termin wollen wir die Roadmap für 2026 festlegen.'],
    ['fr', "L'objectif de cette réunion est de valider le budget."],
    ['fr', 'L’objectif de cette réunion : choisir le prestataire.'],
    ['fr', 'Nous devons décider si nous lançons la v2 en mars.'],
    ['es', 'El objetivo de esta reunión es elegir el proveedor de nóminas.'],
    ['es', 'Tenemos que decidir si abrimos la oficina de Madrid.'],
    ['pt', 'O objetivo desta reunião é definir o orçamento de marketing.'],
    ['pt', 'Precisamos decidir qual fornecedor usar.'],
    ['it', 'Lo scopo di questa riunione è scegliere il fornitore.'],
    ['it', 'Dobbiamo decidere se lanciare la campagna a marzo.'],
    ['nl', 'Het doel van deze vergadering is de begroting vast te stellen.'],
    ['nl', 'We moeten beslissen welke leverancier we kiezen.'],
    ['ja', '今日は採用計画について議論します。'],
    ['ja', '来期の予算を決めたいです。'],
    ['zh', '我们需要决定是否推迟发布。'],
    ['zh', '本次会议的目的是确定下季度预算。'],
    ['ko', '다음 분기 예산을 결정해야 합니다.'],
    ['ko', '이번 회의의 목적은 채용 계획 확정입니다.'],
  ])('%s: %j', (_lang, text) => {
    expect(detectAgenda(text).hasAgenda).toBe(true);
  });
});

describe('vague one-liners in other languages are not an agenda', () => {
  it.each([
    'Kurzer Austausch',
    'Point rapide',
    'Ponernos al día',
    'Bate-papo',
    'Aggiornamento',
    'Even bijpraten',
    '定例',
    '周会',
    '주간 회의',
    'Danke!',
    'Merci !',
  ])('%j', (text) => {
    expect(detectAgenda(text).hasAgenda).toBe(false);
  });
});
