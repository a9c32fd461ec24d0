import { describe, expect, it } from 'vitest';
import {
  type ComposerFacts,
  decideSend,
  type HelperGate,
  isSendingReason,
  type KeyFacts,
  type MessageKind,
  type SendDecisionInput,
  triggerVerdict,
} from '../../lib/chat/decide';

const ENTER: KeyFacts = {
  key: 'Enter',
  shift: false,
  alt: false,
  ctrl: false,
  meta: false,
  isComposing: false,
  keyCode: 13,
  repeat: false,
  trusted: true,
};
const COMPOSER: ComposerFacts = {
  suggestionOpen: false,
  ctrlEnterMode: false,
  isOurResend: false,
  heldOnce: false,
  passArmed: false,
};
const GATE: HelperGate = { siteOn: true, surfaceOn: true, snoozed: false, muted: false };

function input(
  over: {
    key?: Partial<KeyFacts>;
    composer?: Partial<ComposerFacts>;
    gate?: Partial<HelperGate>;
    kind?: MessageKind;
  } = {},
): SendDecisionInput {
  return {
    trigger: { type: 'key', key: { ...ENTER, ...over.key } },
    composer: { ...COMPOSER, ...over.composer },
    gate: { ...GATE, ...over.gate },
    kind: over.kind ?? 'greeting-only',
  };
}

describe('decideSend', () => {
  it('holds a plain, real Enter on a greeting-only or call-request draft', () => {
    expect(decideSend(input())).toEqual({ action: 'hold', kind: 'greeting-only' });
    expect(decideSend(input({ kind: 'call-request' }))).toEqual({ action: 'hold', kind: 'call-request' });
    expect(decideSend(input({ kind: 'ok' }))).toEqual({ action: 'let-through', reason: 'message-ok' });
  });

  it.each([
    ['Shift+Enter', { key: { shift: true } }, 'modifier'],
    ['Alt+Enter', { key: { alt: true } }, 'modifier'],
    ['Ctrl+Enter', { key: { ctrl: true } }, 'modifier'],
    ['Cmd+Enter', { key: { meta: true } }, 'modifier'],
    ['Enter during IME composition', { key: { isComposing: true } }, 'ime'],
    ['Enter with keyCode 229 (IME, also just after compositionend in Safari)', { key: { keyCode: 229 } }, 'ime'],
    ['IME beats modifiers', { key: { isComposing: true, shift: true } }, 'ime'],
    ['a held-down Enter repeating', { key: { repeat: true } }, 'repeat'],
    ['a synthetic Enter (ours or the page’s)', { key: { trusted: false } }, 'synthetic'],
    ['an Enter that picks from an open suggestion list', { composer: { suggestionOpen: true } }, 'suggestion-open'],
    ['a plain Enter where the site sends with Ctrl+Enter', { composer: { ctrlEnterMode: true } }, 'ctrl-enter-mode'],
    [
      'Ctrl+Cmd+Enter where the site sends with Ctrl+Enter',
      { key: { ctrl: true, meta: true }, composer: { ctrlEnterMode: true } },
      'modifier',
    ],
    [
      'Shift+Ctrl+Enter where the site sends with Ctrl+Enter',
      { key: { ctrl: true, shift: true }, composer: { ctrlEnterMode: true } },
      'modifier',
    ],
    ['our own re-sent event', { composer: { isOurResend: true } }, 'our-resend'],
    ['after "Send anyway" armed a pass', { composer: { passArmed: true } }, 'pass-armed'],
    ['the second Enter on a held draft', { composer: { heldOnce: true } }, 'held-once'],
    ['the chat helper switched off', { gate: { surfaceOn: false } }, 'surface-off'],
    ['the site switched off', { gate: { siteOn: false } }, 'site-off'],
    ['snoozed', { gate: { snoozed: true } }, 'snoozed'],
    ['a muted conversation', { gate: { muted: true } }, 'muted'],
  ] as const)('never holds %s', (_name, over, reason) => {
    expect(decideSend(input(over as Parameters<typeof input>[0]))).toEqual({ action: 'let-through', reason });
  });

  it('ignores every key but Enter', () => {
    for (const key of ['a', 'Tab', 'Escape', ' ', 'NumpadEnter', 'Process']) {
      expect(decideSend(input({ key: { key } }))).toEqual({ action: 'let-through', reason: 'not-enter' });
    }
  });

  it('holds if and only if every condition says so (all 2^15 × 3 combinations)', () => {
    const flags = [
      'shift',
      'alt',
      'ctrl',
      'meta',
      'isComposing',
      'ime229',
      'repeat',
      'untrusted',
      'suggestionOpen',
      'ctrlEnterMode',
      'isOurResend',
      'heldOnce',
      'passArmed',
      'surfaceOff',
      'siteOff',
    ] as const;
    const kinds: MessageKind[] = ['greeting-only', 'call-request', 'ok'];
    let holds = 0;
    for (let mask = 0; mask < 1 << flags.length; mask++) {
      const on = (name: (typeof flags)[number]) => (mask & (1 << flags.indexOf(name))) !== 0;
      for (const kind of kinds) {
        const decision = decideSend({
          trigger: {
            type: 'key',
            key: {
              key: 'Enter',
              shift: on('shift'),
              alt: on('alt'),
              ctrl: on('ctrl'),
              meta: on('meta'),
              isComposing: on('isComposing'),
              keyCode: on('ime229') ? 229 : 13,
              repeat: on('repeat'),
              trusted: !on('untrusted'),
            },
          },
          composer: {
            suggestionOpen: on('suggestionOpen'),
            ctrlEnterMode: on('ctrlEnterMode'),
            isOurResend: on('isOurResend'),
            heldOnce: on('heldOnce'),
            passArmed: on('passArmed'),
          },
          gate: { surfaceOn: !on('surfaceOff'), siteOn: !on('siteOff'), snoozed: false, muted: false },
          kind,
        });
        // The send key: a plain Enter, or Ctrl xor Cmd + Enter where the site sends with it.
        const others =
          mask & ~((1 << flags.indexOf('ctrl')) | (1 << flags.indexOf('meta')) | (1 << flags.indexOf('ctrlEnterMode')));
        const sendKey = on('ctrlEnterMode') ? on('ctrl') !== on('meta') : !on('ctrl') && !on('meta');
        const expected = others === 0 && sendKey && kind !== 'ok';
        expect(decision.action === 'hold', `mask ${mask.toString(2)} ${kind}`).toBe(expected);
        if (decision.action === 'hold') holds++;
      }
    }
    // Enter; Ctrl+Enter and Cmd+Enter in Ctrl+Enter mode — each for two kinds.
    expect(holds).toBe(6);
  });

  it('classifies the text only when everything else says "hold" (the keydown handler stays cheap)', () => {
    let calls = 0;
    const kind = () => {
      calls++;
      return 'greeting-only' as const;
    };
    decideSend({ ...input({ key: { shift: true } }), kind });
    decideSend({ ...input({ composer: { suggestionOpen: true } }), kind });
    decideSend({ ...input({ gate: { snoozed: true } }), kind });
    decideSend({ ...input({ composer: { heldOnce: true } }), kind });
    expect(calls).toBe(0);
    expect(decideSend({ ...input(), kind })).toEqual({ action: 'hold', kind: 'greeting-only' });
    expect(calls).toBe(1);
  });

  it('holds a real left click on the send button, not a synthetic or other-button one', () => {
    const click = (button: number, trusted: boolean): SendDecisionInput => ({
      ...input(),
      trigger: { type: 'click', click: { button, trusted } },
    });
    expect(decideSend(click(0, true))).toEqual({ action: 'hold', kind: 'greeting-only' });
    expect(decideSend(click(0, false))).toEqual({ action: 'let-through', reason: 'synthetic' });
    expect(decideSend(click(1, true))).toEqual({ action: 'let-through', reason: 'not-left-button' });
    // A click on the button is a send even with a suggestion list open or in Ctrl+Enter mode.
    expect(
      decideSend({ ...click(0, true), composer: { ...COMPOSER, suggestionOpen: true, ctrlEnterMode: true } }),
    ).toEqual({ action: 'hold', kind: 'greeting-only' });
  });

  it('holds Ctrl+Enter and Cmd+Enter only where the site sends with them', () => {
    expect(decideSend(input({ key: { ctrl: true }, composer: { ctrlEnterMode: true } }))).toEqual({
      action: 'hold',
      kind: 'greeting-only',
    });
    expect(decideSend(input({ key: { meta: true }, composer: { ctrlEnterMode: true } }))).toEqual({
      action: 'hold',
      kind: 'greeting-only',
    });
    expect(decideSend(input({ key: { ctrl: true }, composer: { ctrlEnterMode: true, heldOnce: true } }))).toEqual({
      action: 'let-through',
      reason: 'held-once',
    });
    expect(decideSend(input({ key: { ctrl: true }, composer: { ctrlEnterMode: true, suggestionOpen: true } }))).toEqual(
      { action: 'let-through', reason: 'suggestion-open' },
    );
  });

  it('triggerVerdict is the event-only part', () => {
    expect(triggerVerdict({ type: 'key', key: ENTER })).toBeNull();
    expect(triggerVerdict({ type: 'key', key: { ...ENTER, key: 'a' } })).toBe('not-enter');
  });

  it('knows which let-through reasons mean the message leaves', () => {
    expect(isSendingReason('held-once')).toBe(true);
    expect(isSendingReason('message-ok')).toBe(true);
    expect(isSendingReason('suggestion-open')).toBe(false);
    expect(isSendingReason('ime')).toBe(false);
    expect(isSendingReason('ctrl-enter-mode')).toBe(false);
  });
});
