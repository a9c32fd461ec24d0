/**
 * The calendar overlay: a small badge beside an event's title that says how the meeting
 * looks, and a panel with the reasons, the cost and the alternatives (add an agenda, write
 * it async, ask the organizer, keep it). It knows no site: the controller
 * (sites/calendar-common/overlay.ts) gives it a view and the actions.
 *
 * Plain DOM on purpose (no React): it runs inside other people's pages, where every
 * kilobyte is loaded on every calendar visit. Every text from the page goes in as a text
 * node or attribute value, never as HTML.
 */
import type { BudgetNotice } from '../../lib/calendar/budget-notice';
import type { AssessmentLevel, Cost } from '../../lib/meeting/assess';
import { ASYNC_DOC_KINDS, type AsyncDocKind } from '../../lib/meeting/async-kinds';
import { duration, t, tn } from '../i18n';
import { onTrusted } from '../in-page/trusted';
import { budgetText, money, personHours, type ReasonView, reasonText } from './reason-text';

export interface OverlayView {
  /** The event's title, as text. */
  title: string;
  level: AssessmentLevel;
  label: string;
  /** No other guests (or all day): nothing to weigh. */
  solo: boolean;
  /** Said in the interface's language from code and params (./reason-text.ts). */
  reasons: ReasonView[];
  /** null when the page did not show a readable time. */
  cost: Cost | null;
  /** The person said this meeting is necessary. */
  dismissed: boolean;
  /** The surface has a description editor the agenda can go into. */
  canAddAgenda: boolean;
  /** The person is a guest, not the organizer: they can ask for an agenda. */
  canAskOrganizer: boolean;
  /** When replies to the async document are due, or ''. */
  deadline: string;
  /** The async document that fits this meeting (the person can switch). */
  asyncKind?: AsyncDocKind;
  /** The weekly budget's word on this meeting (over budget, or no calendar to check). */
  budget?: BudgetNotice | null;
}

export interface ActionResult {
  ok: boolean;
  message: string;
}

export type AsyncShare = 'markdown' | 'rich' | 'download' | 'google-doc';

export interface OverlayActions {
  addAgenda(): Promise<ActionResult>;
  /** The generated async document (Markdown) of that kind, built when the person opens that view. */
  asyncDoc(kind: AsyncDocKind): string;
  shareAsyncDoc(how: AsyncShare, markdown: string): Promise<ActionResult>;
  organizerNote(): string;
  copyNote(text: string): Promise<ActionResult>;
  /** "It’s necessary": remember this meeting as kept. */
  dismiss(): void;
  onOpenChange?(open: boolean): void;
  /** Show this page's layout report (copied only on a second click); no button without it. */
  layoutReport?(): void;
}

export interface OverlayHandle {
  update(view: OverlayView): void;
  open(): void;
  close(): void;
  isOpen(): boolean;
  /** The badge button (tests, focus). */
  badge: HTMLButtonElement;
  destroy(): void;
}

type PanelView = 'summary' | 'async' | 'ask';
type Tone = 'ok' | 'warn' | '';

/** "Copy a layout report…", read when shown (the language can change while the page is open). */
export const layoutReportLabel = (): string => t('common.layout_report');
/** Said before the panel's heading, so a screen reader names what the panel is. */
const panelName = (): string => t('panel.name');

/** The level as it is spelled in message keys ("needs_agenda"). */
const levelKey = (level: AssessmentLevel) => level.replace('-', '_') as 'fine' | 'needs_agenda' | 'consider_async';

/** The level's label in the interface's language ("Needs an agenda"). */
const levelLabel = (level: AssessmentLevel): string => t(`level.${levelKey(level)}`);

/**
 * Which reason weighs most for the verdict: a status-update title decides on its own; then a
 * missing agenda, then the size; the rest only tip the balance together.
 */
const REASON_STRENGTH = ['status-title', 'no-agenda', 'large', 'long', 'recurring-no-end', 'outside-working-hours'];

/**
 * What the badge says. When the strongest reason is the missing agenda or the size, the badge
 * names it with the verdict, so the person sees it without opening the panel.
 */
function badgeText(
  view: Pick<OverlayView, 'dismissed' | 'label' | 'level' | 'solo' | 'reasons' | 'cost' | 'budget'>,
): string {
  const verdict = verdictText(view);
  // Over budget shows on the badge too: it is about the person's week, not this meeting alone.
  return view.budget?.kind === 'over' && !view.dismissed ? t('badge.over_budget', { verdict }) : verdict;
}

function verdictText(view: Pick<OverlayView, 'dismissed' | 'label' | 'level' | 'solo' | 'reasons' | 'cost'>): string {
  if (view.dismissed) return t('badge.kept');
  if (view.solo || view.level === 'fine') return levelLabel(view.level);
  const present = new Set(view.reasons.map((reason) => reason.code));
  const strongest = REASON_STRENGTH.find((code) => present.has(code));
  // The verdict said after the reason that brings it ("No agenda · go async?"), one whole phrase each.
  const async = view.level === 'consider-async';
  if (strongest === 'no-agenda') return t(async ? 'badge.no_agenda_async' : 'badge.no_agenda_add');
  if (strongest === 'large') {
    if (!view.cost) return t(async ? 'badge.large_async' : 'badge.large_add');
    return tn(async ? 'badge.people_async' : 'badge.people_add', view.cost.attendees);
  }
  return levelLabel(view.level);
}

/** `message` with `{name}` as a <strong> element holding `value` (the amount in the cost lines). */
function withStrong(doc: Document, message: string, value: string): Node[] {
  const [before = '', after = ''] = message.split('\uE000');
  const strong = doc.createElement('strong');
  strong.textContent = value;
  return [doc.createTextNode(before), strong, doc.createTextNode(after)];
}

/** Reasons shown before "N more". */
const MAX_REASONS_SHOWN = 3;
const PANEL_WIDTH = 368;
const MARGIN = 8;

/**
 * Below the badge, or above it when only there is room; when neither side holds it, the
 * larger side with a scrolling panel. Never over the badge, always inside the viewport.
 */
export function placePanel(
  badge: { left: number; right?: number; top: number; bottom: number },
  panel: { width: number; height: number },
  viewport: { width: number; height: number },
  rtl = false,
): { left: number; top: number; maxHeight: number } {
  const width = Math.min(panel.width || PANEL_WIDTH, viewport.width - 2 * MARGIN);
  // From the badge's start edge: its right edge on a right-to-left page.
  const start = rtl ? (badge.right ?? badge.left) - width : badge.left;
  const left = Math.round(Math.max(MARGIN, Math.min(start, viewport.width - width - MARGIN)));
  const gap = 6;
  const below = viewport.height - badge.bottom - gap - MARGIN;
  const above = badge.top - gap - MARGIN;
  if (panel.height <= below || below >= above) {
    return { left, top: Math.round(badge.bottom + gap), maxHeight: Math.max(120, Math.floor(below)) };
  }
  const height = Math.min(panel.height, above);
  return { left, top: Math.round(badge.top - gap - height), maxHeight: Math.max(120, Math.floor(above)) };
}

type Child = Node | string | null | undefined | false;

export function mountCalendarOverlay(
  container: HTMLElement,
  actions: OverlayActions,
  initial: OverlayView,
): OverlayHandle {
  const doc = container.ownerDocument;
  const win = doc.defaultView ?? window;
  let view = initial;
  let viewSignature = JSON.stringify(view);
  let panelView: PanelView = 'summary';
  let panel: HTMLElement | null = null;
  let statusEl: HTMLElement | null = null;
  let busy = false;
  let showAllReasons = false;
  let destroyed = false;
  let uid = 0;
  const ids = `ev-${Math.random().toString(36).slice(2, 8)}`;

  const h = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    attrs: Record<string, string | number | boolean | undefined> = {},
    ...children: Child[]
  ): HTMLElementTagNameMap[K] => {
    const el = doc.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (value === undefined || value === false) continue;
      el.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      el.append(typeof child === 'string' ? doc.createTextNode(child) : child);
    }
    return el;
  };

  const button = (
    label: string,
    className: string,
    onClick: () => void,
    extra: Record<string, string | boolean> = {},
  ) => {
    const b = h('button', { type: 'button', class: `ev-btn ${className}`.trim(), ...extra }, label);
    // Page scripts can dispatch clicks into our UI: only the person's own act (../in-page/trusted.ts).
    b.addEventListener('click', onTrusted(onClick));
    return b;
  };

  // ---------------------------------------------------------------- badge

  const wrap = h('span', { class: 'ev-wrap' });
  const dot = h('span', { class: 'ev-dot', 'aria-hidden': 'true' });
  const badgeLabel = doc.createTextNode('');
  const badge = h(
    'button',
    { type: 'button', class: 'ev-badge', 'aria-haspopup': 'dialog', 'aria-expanded': 'false' },
    dot,
    badgeLabel,
  );
  wrap.append(badge);
  container.replaceChildren(wrap);

  const levelClass = () => (view.dismissed ? 'ev-level-kept' : `ev-level-${view.level}`);

  const renderBadge = () => {
    const text = badgeText(view);
    badge.className = `ev-badge ${levelClass()}`;
    badge.setAttribute('data-level', view.dismissed ? 'kept' : view.level);
    // A verdict that is not a question or a sentence yet gets its full stop from the catalog.
    const label = view.dismissed
      ? t('badge.label_kept')
      : /[?.？。]$/.test(text)
        ? t('badge.label', { verdict: text })
        : t('badge.label_statement', { verdict: text });
    badge.setAttribute('aria-label', label);
    badge.title = view.dismissed ? t('badge.title_kept') : t('badge.title', { verdict: text });
    badgeLabel.data = text;
  };

  // ---------------------------------------------------------------- panel content

  const setStatus = (text: string, tone: Tone) => {
    if (!statusEl) return;
    statusEl.textContent = text;
    statusEl.setAttribute('data-tone', tone);
  };

  const setBusyButtonsDisabled = (disabled: boolean) => {
    for (const button of panel?.querySelectorAll<HTMLButtonElement>('[data-busy]') ?? []) button.disabled = disabled;
  };
  const shadowActive = () => (container.getRootNode() as Document | ShadowRoot).activeElement as HTMLElement | null;
  const run = async (task: () => Promise<ActionResult>) => {
    if (busy) return;
    busy = true;
    const from = shadowActive();
    setBusyButtonsDisabled(true);
    try {
      const result = await task();
      setStatus(result.message, result.ok ? 'ok' : 'warn');
    } catch {
      setStatus(t('panel.failed'), 'warn');
    } finally {
      busy = false;
      setBusyButtonsDisabled(false);
      // Adding the agenda focuses the page's description: the keyboard comes back to the button
      // it pressed, so the status is heard and Escape still closes the panel.
      if (panel && from?.isConnected && !shadowActive()) from.focus({ preventScroll: true });
    }
  };

  const heading = (text: string) => {
    const el = h('h2', { id: `${ids}-h`, tabindex: '-1' }, text);
    return el;
  };

  const costBlock = (cost: Cost | null): HTMLElement => {
    if (!cost || cost.minutes <= 0) return h('p', { class: 'ev-cost' }, t('panel.no_time'));
    const mark = '\uE000';
    const formula = t('panel.formula', {
      duration: duration(cost.minutes),
      people: tn('panel.people', cost.attendees),
      rate: t('panel.rate', { amount: money(cost.hourlyRate, cost.currency) }),
    });
    return h(
      'div',
      { class: 'ev-cost', role: 'group', 'aria-label': t('panel.cost') },
      h(
        'div',
        {},
        ...withStrong(
          doc,
          t('panel.cost_line', { amount: mark, hours: personHours(cost.personHours) }),
          money(cost.amount, cost.currency),
        ),
      ),
      h('div', {}, formula),
      cost.perYear
        ? h(
            'div',
            {},
            ...withStrong(
              doc,
              tn('panel.per_year', cost.perYear.occurrences, {
                amount: mark,
                hours: personHours(cost.perYear.personHours),
              }),
              money(cost.perYear.amount, cost.currency),
            ),
          )
        : null,
    );
  };

  /** The first few reasons; the rest behind "N more" (kind and brief first). */
  const reasonList = (): Child[] => {
    if (!view.reasons.length) return [];
    const shown = showAllReasons ? view.reasons : view.reasons.slice(0, MAX_REASONS_SHOWN);
    const list = h(
      'ul',
      { class: 'ev-reasons', 'aria-label': t('panel.reasons') },
      ...shown.map((r) => h('li', {}, reasonText(r))),
    );
    const hidden = view.reasons.length - shown.length;
    if (hidden <= 0) return [list];
    const more = h(
      'button',
      { type: 'button', class: 'ev-more', 'data-action': 'more' },
      tn('panel.more_reasons', hidden),
    );
    more.addEventListener('click', () => {
      showAllReasons = true;
      buildPanel();
      position();
      const first = panel?.querySelectorAll<HTMLElement>('.ev-reasons li')[MAX_REASONS_SHOWN];
      first?.setAttribute('tabindex', '-1');
      first?.focus({ preventScroll: true });
    });
    return [list, more];
  };

  const summaryBody = (): Child[] => {
    const level = view.level;
    const agendaFirst = level === 'needs-agenda';
    const agenda = view.canAddAgenda
      ? button(t('panel.add_agenda'), agendaFirst ? 'ev-primary' : '', () => void run(actions.addAgenda), {
          'data-busy': true,
          'data-action': 'agenda',
        })
      : null;
    const ask = view.canAskOrganizer
      ? button(t('panel.ask_agenda'), agendaFirst && !view.canAddAgenda ? 'ev-primary' : '', () => show('ask'), {
          'data-action': 'ask',
        })
      : null;
    const write = button(t('panel.write_async'), level === 'consider-async' ? 'ev-primary' : '', () => show('async'), {
      'data-action': 'async',
    });
    const keep =
      !view.dismissed && !view.solo && level !== 'fine'
        ? button(
            t('panel.keep'),
            'ev-quiet',
            () => {
              actions.dismiss();
              setStatus(t('panel.kept_status'), 'ok');
            },
            { 'data-action': 'dismiss' },
          )
        : null;
    const ordered = level === 'consider-async' ? [write, agenda, ask] : [agenda, ask, write];
    return [
      heading(t(view.solo ? 'panel.solo_headline' : `panel.headline_${levelKey(level)}`)),
      view.title ? h('p', { class: 'ev-event', title: view.title }, view.title) : null,
      h('p', { class: 'ev-summary' }, t(view.solo ? 'panel.solo_summary' : `panel.summary_${levelKey(level)}`)),
      view.dismissed ? h('p', { class: 'ev-note' }, t('panel.dismissed_note')) : null,
      view.budget
        ? h('p', { class: 'ev-budget', 'data-kind': view.budget.kind, role: 'note' }, budgetText(view.budget))
        : null,
      ...reasonList(),
      view.solo ? null : costBlock(view.cost),
      h('div', { class: 'ev-actions' }, ...ordered, keep),
      actions.layoutReport ? reportButton(actions.layoutReport) : null,
    ];
  };

  const reportButton = (showReport: () => void): HTMLElement => {
    const more = h('button', { type: 'button', class: 'ev-more', 'data-action': 'layout-report' }, layoutReportLabel());
    more.addEventListener('click', () => {
      closePanel(false);
      showReport();
    });
    return more;
  };

  const asyncBody = (): Child[] => {
    const id = `${ids}-doc-${++uid}`;
    const area = h('textarea', { id, class: 'ev-text', rows: 14, spellcheck: 'true' });
    const kindId = `${ids}-kind-${uid}`;
    const kindSelect = h(
      'select',
      { id: kindId, class: 'ev-select', 'data-action': 'async-kind' },
      ...ASYNC_DOC_KINDS.map((kind) => h('option', { value: kind }, t(`kind.${kind}`))),
    );
    kindSelect.value = view.asyncKind ?? 'general';
    area.value = actions.asyncDoc(kindSelect.value as AsyncDocKind);
    // Another kind is another document: it replaces the draft (the person chose it).
    kindSelect.addEventListener('change', () => {
      area.value = actions.asyncDoc(kindSelect.value as AsyncDocKind);
    });
    const share = (how: AsyncShare) => () => void run(() => actions.shareAsyncDoc(how, area.value));
    return [
      heading(t('panel.write_async')),
      h(
        'p',
        { class: 'ev-summary' },
        view.deadline ? t('panel.async_summary_deadline', { deadline: view.deadline }) : t('panel.async_summary'),
      ),
      h('label', { class: 'ev-label', for: kindId }, t('panel.kind')),
      kindSelect,
      h('label', { class: 'ev-label', for: id }, t('panel.document')),
      area,
      h(
        'div',
        { class: 'ev-actions' },
        button(t('panel.copy_markdown'), 'ev-primary', share('markdown'), { 'data-busy': true }),
        button(t('panel.copy_rich'), '', share('rich'), { 'data-busy': true }),
        button(t('panel.download_md'), '', share('download'), { 'data-busy': true }),
        button(t('panel.google_doc'), '', share('google-doc'), { 'data-busy': true }),
      ),
    ];
  };

  const askBody = (): Child[] => {
    const id = `${ids}-note-${++uid}`;
    const area = h('textarea', { id, class: 'ev-text ev-prose', rows: 7 });
    area.value = actions.organizerNote();
    return [
      heading(t('panel.ask_agenda')),
      h('p', { class: 'ev-summary' }, t('panel.ask_summary')),
      h('label', { class: 'ev-label', for: id }, t('panel.note')),
      area,
      h(
        'div',
        { class: 'ev-actions' },
        button(t('panel.copy_note'), 'ev-primary', () => void run(() => actions.copyNote(area.value)), {
          'data-busy': true,
        }),
      ),
    ];
  };

  const buildPanel = () => {
    if (!panel) return;
    const close = h('button', { type: 'button', class: 'ev-icon-btn', 'aria-label': t('common.close') }, '×');
    close.addEventListener(
      'click',
      onTrusted(() => closePanel(true)),
    );
    let left: HTMLElement;
    if (panelView === 'summary') {
      left = h(
        'span',
        { class: 'ev-brand' },
        h('span', { class: `ev-dot ${levelClass()}`, 'aria-hidden': 'true' }),
        t('ext.name'),
      );
    } else {
      const back = h('button', { type: 'button', class: 'ev-back' }, t('panel.back'));
      back.addEventListener(
        'click',
        onTrusted(() => show('summary')),
      );
      left = h('span', { class: 'ev-brand' }, back);
    }
    statusEl = h('p', { class: 'ev-status', role: 'status', 'aria-live': 'polite', 'data-tone': '' });
    const body = panelView === 'summary' ? summaryBody() : panelView === 'async' ? asyncBody() : askBody();
    panel.replaceChildren(
      // Hidden, yet named by aria-labelledby (which reads hidden elements).
      h('span', { id: `${ids}-name`, hidden: true }, panelName()),
      h('div', { class: 'ev-top' }, left, close),
      ...body.filter(Boolean).map((c) => c as Node),
      statusEl,
    );
    panel.setAttribute('data-view', panelView);
    panel.setAttribute('aria-labelledby', `${ids}-name ${ids}-h`);
  };

  const position = () => {
    if (!panel) return;
    // Measure at full height, then place.
    panel.style.maxHeight = '';
    const wanted = placePanel(
      badge.getBoundingClientRect(),
      { width: panel.offsetWidth, height: panel.offsetHeight },
      { width: win.innerWidth, height: win.innerHeight },
      container.dir === 'rtl',
    );
    panel.style.maxHeight = `${wanted.maxHeight}px`;
    panel.style.left = `${wanted.left}px`;
    panel.style.top = `${wanted.top}px`;
    // A transformed ancestor makes `fixed` relative to itself: correct by what we measure.
    const actual = panel.getBoundingClientRect();
    if (actual.width > 0 && (actual.left !== wanted.left || actual.top !== wanted.top)) {
      panel.style.left = `${Math.round(2 * wanted.left - actual.left)}px`;
      panel.style.top = `${Math.round(2 * wanted.top - actual.top)}px`;
    }
    panel.removeAttribute('data-measuring');
  };

  const focusHeading = () => panel?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });

  const show = (next: PanelView) => {
    panelView = next;
    buildPanel();
    position();
    focusHeading();
  };

  // ---------------------------------------------------------------- open / close

  const host = () => (container.getRootNode() as ShadowRoot).host as Element | undefined;
  const onOutside = (event: Event) => {
    const path = event.composedPath();
    const ours = host();
    if ((ours && path.includes(ours)) || (panel && path.includes(panel))) return;
    closePanel(false);
  };
  const onReposition = () => position();

  const openPanel = () => {
    if (panel || destroyed) return;
    panelView = 'summary';
    panel = h('div', { id: `${ids}-panel`, role: 'dialog', class: 'ev-panel', 'data-measuring': 'true' });
    wrap.append(panel);
    buildPanel();
    badge.setAttribute('aria-expanded', 'true');
    badge.setAttribute('aria-controls', `${ids}-panel`);
    position();
    focusHeading();
    doc.addEventListener('pointerdown', onOutside, true);
    win.addEventListener('resize', onReposition);
    win.addEventListener('scroll', onReposition, true);
    actions.onOpenChange?.(true);
  };

  const closePanel = (returnFocus: boolean) => {
    if (!panel) return;
    panel.remove();
    panel = null;
    statusEl = null;
    badge.setAttribute('aria-expanded', 'false');
    badge.removeAttribute('aria-controls');
    doc.removeEventListener('pointerdown', onOutside, true);
    win.removeEventListener('resize', onReposition);
    win.removeEventListener('scroll', onReposition, true);
    actions.onOpenChange?.(false);
    if (!returnFocus) return;
    // The keyboard goes back to the field the badge follows, the event's title, where the person
    // was (sites/calendar-common/overlay.ts puts the badge right after it); a heading takes no
    // focus (the week view's popover): the badge then.
    const back = host()?.previousElementSibling as HTMLElement | null | undefined;
    back?.focus({ preventScroll: true });
    if (!back || doc.activeElement !== back) badge.focus({ preventScroll: true });
  };

  badge.addEventListener(
    'click',
    onTrusted(() => (panel ? closePanel(false) : openPanel())),
  );
  wrap.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && panel) {
      event.preventDefault();
      closePanel(true);
    }
  });
  // Non-modal: Tab goes on past the panel into the page, and the panel closes then rather than
  // cover where the focus went.
  wrap.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    // While an action runs, the page may take the focus for it (the description editor).
    if (panel && next && !busy && !wrap.contains(next)) closePanel(false);
  });

  renderBadge();

  return {
    badge,
    update(next: OverlayView) {
      const signature = JSON.stringify(next);
      if (signature === viewSignature) return;
      view = next;
      viewSignature = signature;
      renderBadge();
      // Only the summary shows the verdict; the editors keep what the person typed.
      if (panel && panelView === 'summary') {
        const status = statusEl
          ? { text: statusEl.textContent ?? '', tone: (statusEl.getAttribute('data-tone') ?? '') as Tone }
          : null;
        const focused = shadowActive()?.getAttribute('data-action');
        buildPanel();
        if (status) setStatus(status.text, status.tone);
        if (focused) panel.querySelector<HTMLElement>(`[data-action="${focused}"]`)?.focus({ preventScroll: true });
        position();
      }
    },
    open: openPanel,
    close: () => closePanel(false),
    isOpen: () => panel !== null,
    destroy() {
      destroyed = true;
      closePanel(false);
      wrap.remove();
    },
  };
}
