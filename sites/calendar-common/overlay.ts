/**
 * The calendar overlay controller: watches the page through one adapter, puts a badge after
 * the title of every event surface it finds, keeps it there when the app re-renders, and
 * turns the panel's buttons into actions (insert the agenda, copy the async document, …).
 * It knows no site (the adapter does) and no browser extension API (the environment does),
 * so the DOM tests drive it with fakes.
 *
 * Cost on the page: one MutationObserver on the body. With no badge on the page its callback
 * only looks for a landmark (never at its records); otherwise it marks the surfaces a change
 * touched and asks for a scan; scans are coalesced to one per animation frame, limited
 * to about ten a second while the page keeps changing (a token bucket: SCAN_BURST at once,
 * one more every SCAN_REFILL_MS), and skipped when no landmark of the site is on the page.
 */
import {
  type ActionResult,
  type AsyncShare,
  mountCalendarOverlay,
  type OverlayActions,
  type OverlayHandle,
  type OverlayView,
} from '../../components/calendar/overlay-ui';
import { OVERLAY_CSS } from '../../components/calendar/styles';
import { locale, t as tr } from '../../components/i18n';
import { createShadowHost, HOST_TAG, type ShadowHost } from '../../components/in-page/shadow-host';
import { asyncDocWords, localTemplates } from '../../components/templates';
import type { ActivityKind } from '../../lib/activity';
import { budgetNotice, type WeekBooking } from '../../lib/calendar/budget-notice';
import { type Assessment, assessMeetingInput } from '../../lib/meeting/assess';
import {
  asyncDocFileName,
  buildAsyncDoc,
  formatDeadline,
  markdownToHtml,
  markdownToPlainText,
} from '../../lib/meeting/async-doc';
import { type AsyncDocKind, asyncTemplateFor, pickAsyncDocKind } from '../../lib/meeting/async-kinds';
import { agendaText, firstName, organizerNote } from '../../lib/meeting/templates';
import type { SiteStatus } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { insertIntoEditor } from './insert';
import { eventKey, type PreparedMeeting, prepareMeeting } from './meeting';
import type { CalendarAdapter, EventSurface, MeetingRead } from './types';

const GOOGLE_DOC_URL = 'https://docs.google.com/document/create';
/** Scans come from a small bucket: a few at once (a click), then one per this many ms. */
const SCAN_REFILL_MS = 100;
const SCAN_BURST = 4;
const LAYOUT_TIMEOUT_MS = 5000;
/** How long a week's booked hours are trusted before the overlay asks again. */
const BOOKING_MAX_AGE_MS = 10 * 60 * 1000;

/** Everything the controller needs from the browser, so tests can give fakes. */
export interface OverlayEnvironment {
  doc: Document;
  url(): URL;
  settings(): Settings;
  /** What already happened to an event (from the local activity log). */
  history(key: string): ActivityKind[];
  record(kind: ActivityKind, key: string): void;
  reportStatus(status: SiteStatus, detail: string): void;
  copy(text: string, html?: string): Promise<boolean>;
  /** Open a URL in a new tab; false when the browser blocked it. */
  openUrl(url: string): boolean;
  /** Save a file; `within` is our own UI's node, where a temporary link may go. */
  download(fileName: string, text: string, within?: Node): boolean;
  now(): number;
  /** Show the layout report of this page (the panel's last button); none without it. */
  showLayoutReport?(): void;
  /** The booked meeting hours of the week containing `weekOf` (epoch ms); null when unknown. */
  weekBooking?(weekOf: number): Promise<WeekBooking | null>;
  layoutTimeoutMs?: number;
  locale?: string;
}

interface TrackedSurface {
  identity: string;
  surface: EventSurface;
  mount: ShadowHost;
  /** The badge and panel, once the first verdict is known. */
  ui: OverlayHandle | null;
  key: string;
  read: MeetingRead | null;
  prepared: PreparedMeeting | null;
  assessment: Assessment | null;
  signature: string;
  dirty: boolean;
  flagged: boolean;
  dismissedHere: boolean;
  placedOnce: boolean;
  reinjections: number;
  actions: OverlayActions;
}

export interface OverlayController {
  /** Look at the page now (tests; the controller schedules its own scans otherwise). */
  scanNow(): void;
  locationChanged(): void;
  settingsChanged(): void;
  historyChanged(): void;
  tracked(): TrackedSurface[];
  stop(): void;
}

const SINGLE_KINDS = new Set(['editor', 'compose']);
/** Where a meeting is being created or edited: the budget check speaks there. */
const EDITING_KINDS = new Set(['editor', 'compose', 'quick-create']);

function isOurs(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName === HOST_TAG.toUpperCase();
}

export function startOverlay(adapter: CalendarAdapter, env: OverlayEnvironment): OverlayController {
  const { doc } = env;
  const win = doc.defaultView;
  const tracked = new Map<string, TrackedSurface>();
  const rootTokens = new WeakMap<Element, number>();
  let nextToken = 1;
  let stopped = false;
  let scheduled = false;
  let generation = 0;
  let tokens = SCAN_BURST;
  let refilledAt = 0;
  let pendingSince = 0;
  let version = 0;
  let statusSent: SiteStatus | null = null;
  let layoutTimer: ReturnType<typeof setTimeout> | undefined;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

  const identityOf = (surface: EventSurface): string => {
    if (surface.eventId) return `${surface.kind}|${surface.eventId}`;
    if (SINGLE_KINDS.has(surface.kind)) return `${surface.kind}|new`;
    let token = rootTokens.get(surface.root);
    if (!token) {
      token = nextToken++;
      rootTokens.set(surface.root, token);
    }
    return `${surface.kind}|new|${token}`;
  };

  const report = (status: SiteStatus, detail: string) => {
    if (statusSent === status) return;
    statusSent = status;
    env.reportStatus(status, detail);
  };

  // ---------------------------------------------------------------- actions

  const meetingFor = (t: TrackedSurface) => {
    const read = t.read!;
    const input = t.prepared!.input;
    return {
      title: read.title,
      start: t.prepared!.when?.start ?? null,
      end: t.prepared!.when?.end ?? null,
      description: read.description,
      attendees: input.attendees ?? [],
      organizer: read.organizer && (read.organizer.name || read.organizer.email) ? read.organizer : null,
      cost: t.assessment && t.prepared!.when ? t.assessment.cost : null,
    };
  };

  const deadlineOf = (t: TrackedSurface) => {
    const settings = env.settings();
    return formatDeadline(t.prepared?.when?.start ?? null, {
      timeZone: settings.timeZone,
      locale: env.locale ?? locale(),
    });
  };

  const makeActions = (t: TrackedSurface): OverlayActions => ({
    async addAgenda(): Promise<ActionResult> {
      const text = agendaText(localTemplates(env.settings().templates).agenda, { title: t.read?.title });
      const editor = t.surface.descriptionEditor();
      const inserted = editor ? await insertIntoEditor(editor, text, () => t.surface.descriptionEditor()) : false;
      if (inserted) {
        env.record('agenda-added', t.key);
        t.dirty = true;
        schedule();
        return { ok: true, message: tr('action.agenda_added') };
      }
      const copied = await env.copy(text);
      return copied
        ? {
            ok: false,
            message: tr('action.agenda_on_clipboard'),
          }
        : {
            ok: false,
            message: tr('action.agenda_failed'),
          };
    },
    asyncDoc(kind: AsyncDocKind): string {
      const settings = env.settings();
      if (!t.read || !t.prepared) return '';
      return buildAsyncDoc(meetingFor(t), {
        template: asyncTemplateFor(localTemplates(settings.templates), kind),
        words: asyncDocWords(),
        timeZone: settings.timeZone,
        locale: env.locale ?? locale(),
      });
    },
    async shareAsyncDoc(how: AsyncShare, markdown: string): Promise<ActionResult> {
      const plain = markdownToPlainText(markdown);
      if (how === 'markdown') {
        if (!(await env.copy(markdown))) return { ok: false, message: tr('action.no_clipboard') };
        env.record('went-async', t.key);
        return { ok: true, message: tr('action.copied_markdown') };
      }
      if (how === 'rich') {
        if (!(await env.copy(plain, markdownToHtml(markdown))))
          return { ok: false, message: tr('action.no_clipboard') };
        env.record('went-async', t.key);
        return { ok: true, message: tr('action.copied_rich') };
      }
      if (how === 'download') {
        const name = asyncDocFileName(t.read?.title ?? '');
        if (!env.download(name, markdown, t.mount.container))
          return { ok: false, message: tr('action.download_failed') };
        env.record('went-async', t.key);
        return { ok: true, message: tr('action.downloaded', { name }) };
      }
      const copied = await env.copy(plain, markdownToHtml(markdown));
      const opened = env.openUrl(GOOGLE_DOC_URL);
      if (copied || opened) env.record('went-async', t.key);
      if (opened && copied)
        return {
          ok: true,
          message: tr('action.doc_opening'),
        };
      if (opened)
        return {
          ok: false,
          message: tr('action.doc_opening_no_clipboard'),
        };
      return copied
        ? {
            ok: false,
            message: tr('action.tab_blocked_copied'),
          }
        : {
            ok: false,
            message: tr('action.tab_blocked'),
          };
    },
    organizerNote(): string {
      return organizerNote(localTemplates(env.settings().templates).askOrganizer, {
        title: t.read?.title ?? '',
        organizer: t.read?.organizer,
        when: deadlineOf(t) || undefined,
      });
    },
    async copyNote(text: string): Promise<ActionResult> {
      if (!(await env.copy(text))) return { ok: false, message: tr('action.note_no_clipboard') };
      env.record('asked-organizer', t.key);
      const who = firstName(t.read?.organizer);
      return {
        ok: true,
        message: who ? tr('action.note_copied', { name: who }) : tr('action.note_copied_organizer'),
      };
    },
    dismiss(): void {
      t.dismissedHere = true;
      env.record('dismissed', t.key);
      render(t);
    },
    layoutReport: env.showLayoutReport,
  });

  // ---------------------------------------------------------------- budget

  // One request per week: the background counts it from the kept calendars, so the page never
  // loads the calendar core. Asked again when the settings change (a new budget, a new feed)
  // and after a while, since the feeds sync every 30 minutes while a Calendar tab stays open.
  let bookings: WeekBooking[] = [];
  let asked = new Set<number>();
  let bookingsSince = env.now();
  const forgetBookings = () => {
    bookings = [];
    asked = new Set();
    bookingsSince = env.now();
  };
  const budgetOf = (t: TrackedSurface) => {
    const budget = env.settings().weeklyMeetingBudgetHours;
    const when = t.prepared?.when;
    if (budget <= 0 || !env.weekBooking || !when || when.allDay || !EDITING_KINDS.has(t.surface.kind)) return null;
    if (t.assessment?.solo) return null;
    if (env.now() - bookingsSince > BOOKING_MAX_AGE_MS) forgetBookings();
    const span = { start: when.start.getTime(), end: when.end.getTime() };
    const booking = bookings.find((week) => week.weekStart <= span.start && span.start < week.weekEnd);
    if (booking) return budgetNotice(span, booking, budget);
    if (!asked.has(span.start)) {
      asked.add(span.start);
      const round = asked;
      void env.weekBooking(span.start).then((answer) => {
        // No answer (the extension was updated under the page): say nothing rather than guess.
        if (stopped || round !== asked || !answer) return;
        bookings.push(answer);
        for (const other of tracked.values()) render(other);
      });
    }
    return null;
  };

  // ---------------------------------------------------------------- rendering

  const viewOf = (t: TrackedSurface): OverlayView | null => {
    const a = t.assessment;
    if (!a || !t.read) return null;
    const settings = env.settings();
    const mine = new Set(settings.myEmails);
    const organizerEmail = t.read.organizer?.email?.toLowerCase();
    const guestView = t.surface.kind === 'popover' || t.surface.kind === 'peek';
    const title = t.read.title;
    const view: OverlayView = {
      title: title.trim() || tr('action.untitled'),
      level: a.level,
      label: a.label,
      solo: a.solo,
      reasons: a.reasons,
      cost: t.prepared?.when ? a.cost : null,
      dismissed: t.dismissedHere || env.history(t.key).includes('dismissed'),
      canAddAgenda: !a.hasAgenda && t.surface.descriptionEditor() !== null,
      canAskOrganizer: guestView && !a.hasAgenda && !a.solo && !(organizerEmail && mine.has(organizerEmail)),
      deadline: deadlineOf(t),
      budget: budgetOf(t),
    };
    // Only the panel's async section reads the kind, and its word lists cost ~10 ms on first
    // use: worked out when read, not before the first badge. Not enumerable, so the view's
    // signature (JSON) leaves it out; it follows the title, which the signature has.
    Object.defineProperty(view, 'asyncKind', { get: () => pickAsyncDocKind(title), enumerable: false });
    return view;
  };

  const render = (t: TrackedSurface) => {
    const view = viewOf(t);
    if (!view) return;
    const host = t.mount.host;
    host.setAttribute('data-eventually-level', view.dismissed ? 'kept' : view.level);
    host.setAttribute('data-eventually-key', t.key);
    if (t.ui) t.ui.update(view);
    else t.ui = mountCalendarOverlay(t.mount.container, t.actions, view);
    if (!view.dismissed && !view.solo && view.level !== 'fine' && !t.flagged) {
      t.flagged = true;
      env.record('flagged', t.key);
    }
  };

  const refresh = (t: TrackedSurface) => {
    t.dirty = false;
    let read: MeetingRead;
    try {
      read = t.surface.read();
    } catch {
      return;
    }
    const signature = `${version}|${JSON.stringify(read)}`;
    if (signature === t.signature && t.assessment) return;
    t.signature = signature;
    const settings = env.settings();
    const prepared = prepareMeeting(read, {
      timeZone: settings.timeZone,
      dayFirst: adapter.dayFirst?.(doc) ?? false,
      now: env.now(),
    });
    const assessment = assessMeetingInput(prepared.input, settings, { locale: env.locale ?? locale() });
    if (!assessment) return;
    t.read = read;
    t.prepared = prepared;
    t.assessment = assessment;
    t.key = eventKey(adapter.keyPrefix, t.surface, read, prepared.when);
    render(t);
  };

  /**
   * Put the badge right after the title; again whenever the app dropped it. (Closing the panel
   * with the keyboard gives the focus back to the element before the badge: the title.)
   */
  const place = (t: TrackedSurface, since: number) => {
    const anchor = t.surface.titleAnchor;
    if (anchor.nextSibling === t.mount.host && t.mount.host.isConnected) return;
    anchor.after(t.mount.host);
    anchor.setAttribute('data-eventually-anchor', '');
    if (!t.placedOnce) {
      t.placedOnce = true;
      t.mount.host.setAttribute('data-eventually-ms', String(Math.max(0, Math.round(clock() - since))));
    } else {
      t.reinjections++;
      t.mount.host.setAttribute('data-eventually-reinjected', String(t.reinjections));
    }
  };

  const create = (surface: EventSurface, identity: string): TrackedSurface => {
    const mount = createShadowHost({
      css: OVERLAY_CSS,
      name: 'calendar-badge',
      inline: true,
      doc,
      near: surface.titleAnchor,
    });
    mount.host.setAttribute('data-eventually-kind', surface.kind);
    mount.host.style.verticalAlign = 'middle';
    const t: TrackedSurface = {
      identity,
      surface,
      mount,
      ui: null,
      key: surface.eventId ?? '',
      read: null,
      prepared: null,
      assessment: null,
      signature: '',
      dirty: true,
      flagged: false,
      dismissedHere: false,
      placedOnce: false,
      reinjections: 0,
      actions: null!,
    };
    t.actions = makeActions(t);
    return t;
  };

  const remove = (t: TrackedSurface) => {
    t.surface.titleAnchor.removeAttribute('data-eventually-anchor');
    t.ui?.destroy();
    t.mount.remove();
    tracked.delete(t.identity);
  };

  // ---------------------------------------------------------------- scanning

  const scan = () => {
    if (stopped) return;
    scheduled = false;
    const started = clock();
    const since = pendingSince || started;
    pendingSince = 0;
    let surfaces: EventSurface[] = [];
    try {
      surfaces = adapter.findSurfaces(doc, env.url());
    } catch {
      surfaces = [];
    }
    const seen = new Set<string>();
    for (const surface of surfaces) {
      const identity = identityOf(surface);
      if (seen.has(identity)) continue;
      seen.add(identity);
      let t = tracked.get(identity);
      if (!t) {
        t = create(surface, identity);
        tracked.set(identity, t);
      } else if (t.surface.root !== surface.root || t.surface.titleAnchor !== surface.titleAnchor) {
        t.dirty = true;
      }
      t.surface = surface;
      if (t.dirty || !t.assessment) refresh(t);
      if (t.assessment) place(t, since);
    }
    for (const t of [...tracked.values()]) if (!seen.has(t.identity)) remove(t);
    if (seen.size > 0) {
      const kinds = [...new Set(surfaces.map((s) => s.kind))].join(', ');
      // The form or popover was found but its time could not be read: the verdict goes on
      // without the meeting's length and cost (what a missing time costs).
      const timeless = [...tracked.values()].some((t) => t.read && t.prepared && t.prepared.when === null);
      if (timeless) report('partly-recognised', tr('status.recognised_no_time', { kinds }));
      else report('ok', tr('status.recognised', { kinds }));
    }
  };

  /** Take a scan token: 0 when taken, else the ms until the next one. */
  const takeToken = (): number => {
    const now = clock();
    const refill = Math.floor((now - refilledAt) / SCAN_REFILL_MS);
    if (refill > 0) {
      tokens = Math.min(SCAN_BURST, tokens + refill);
      refilledAt += refill * SCAN_REFILL_MS;
      if (tokens === SCAN_BURST) refilledAt = now;
    }
    if (tokens > 0) {
      tokens--;
      return 0;
    }
    return Math.max(1, Math.ceil(refilledAt + SCAN_REFILL_MS - now));
  };

  const schedule = () => {
    if (stopped) return;
    if (!pendingSince) pendingSince = clock();
    if (scheduled) return;
    scheduled = true;
    const wait = takeToken();
    if (wait > 0) {
      // Try again when the next token is there.
      const ticket = ++generation;
      later(() => {
        if (ticket !== generation) return;
        scheduled = false;
        schedule();
      }, wait);
      return;
    }
    const ticket = ++generation;
    // Whichever comes first (frame or timer) scans; a stale one from an earlier request never does.
    const run = () => {
      if (scheduled && ticket === generation) scan();
    };
    if (win?.requestAnimationFrame) {
      win.requestAnimationFrame(run);
      later(run, 50); // rAF does not run in a background tab
    } else {
      later(run, 0);
    }
  };

  const later = (fn: () => void, ms: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };

  const markDirty = (target: Node) => {
    for (const t of tracked.values()) if (!t.dirty && t.surface.root.contains(target)) t.dirty = true;
  };

  const observer = new (win?.MutationObserver ?? MutationObserver)((records) => {
    if (stopped) return;
    // Nothing of ours on the page: the records do not matter, only whether a landmark is there
    // (a few id lookups), so a page busy with its own changes costs no work per record.
    if (tracked.size === 0) {
      if (adapter.landmarksPresent(doc)) schedule();
      return;
    }
    let relevant = false;
    for (const record of records) {
      if (record.type === 'childList') {
        let ours = true;
        for (const node of record.addedNodes) if (!isOurs(node)) ours = false;
        for (const node of record.removedNodes) if (!isOurs(node)) ours = false;
        if (ours) continue;
      }
      relevant = true;
      markDirty(record.target);
    }
    if (relevant) schedule();
  });

  const onInput = (event: Event) => {
    const target = event.target as Node | null;
    if (!target || isOurs(target) || tracked.size === 0) return;
    markDirty(target);
    schedule();
  };

  const checkLayout = () => {
    layoutTimer = undefined;
    if (stopped) return;
    scan();
    if (tracked.size > 0) return;
    if (!adapter.recognisesPage(doc)) {
      report('layout-not-recognised', tr('status.no_calendar_landmarks'));
    } else if (adapter.expectsSurface(env.url())) {
      report('layout-not-recognised', tr('status.no_event_form'));
    } else {
      report('ok', tr('status.page_recognised'));
    }
  };

  const armLayoutCheck = () => {
    if (layoutTimer !== undefined) clearTimeout(layoutTimer);
    layoutTimer = setTimeout(checkLayout, env.layoutTimeoutMs ?? LAYOUT_TIMEOUT_MS);
  };

  observer.observe(doc.body ?? doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-eventid', 'data-viewfamily', 'hidden', 'aria-checked'],
  });
  doc.addEventListener('input', onInput, true);
  doc.addEventListener('change', onInput, true);
  armLayoutCheck();
  scan();

  const allDirty = () => {
    version++;
    forgetBookings();
    for (const t of tracked.values()) t.dirty = true;
    schedule();
  };

  return {
    scanNow: scan,
    locationChanged() {
      // Not destructive: the next scan drops the surfaces that went with the old page.
      for (const t of tracked.values()) t.dirty = true;
      statusSent = null;
      armLayoutCheck();
      schedule();
    },
    settingsChanged: allDirty,
    historyChanged: allDirty,
    tracked: () => [...tracked.values()],
    stop() {
      stopped = true;
      observer.disconnect();
      doc.removeEventListener('input', onInput, true);
      doc.removeEventListener('change', onInput, true);
      if (layoutTimer !== undefined) clearTimeout(layoutTimer);
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const t of [...tracked.values()]) remove(t);
    },
  };
}
