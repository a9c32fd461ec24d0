import { describe, expect, it } from 'vitest';
import { domPointAt, endPoint, readComposerText, readEditableText } from '../../sites/chat-common/text';

function editable(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

describe('reading a message box like the app sends it', () => {
  it.each([
    ['Quill: one <p> per line, an empty line as <p><br></p>', '<p>hi</p><p><br></p>', 'hi\n'],
    ['Quill: two lines', '<p>hi</p><p>can you look?</p>', 'hi\ncan you look?'],
    [
      'Slack: mentions and emoji give their data-stringify-text',
      '<p>hi <span data-stringify-text="@Sam Lee" data-id="U1">@Sam</span> <img data-stringify-text=":wave:" alt="👋"></p>',
      'hi @Sam Lee :wave:',
    ],
    [
      'CKEditor 5: a soft break at the end with its filler',
      '<p>hi<br>\u2060\u2060\u2060\u2060\u2060\u2060\u2060<br data-cke-filler="true"></p>',
      'hi\n',
    ],
    ['CKEditor 5: an empty paragraph', '<p><br data-cke-filler="true"></p>', ''],
    ['CKEditor 5: soft break between text', '<p>Topic: x<br>My question: y</p>', 'Topic: x\nMy question: y'],
    [
      'Slate: blocks, strings, an empty line as zero-width + <br>, the placeholder left out',
      '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">hi</span></span></span></div>' +
        '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-zero-width="n" data-slate-length="0">\ufeff<br></span></span></span></div>',
      'hi\n',
    ],
    [
      'Slate: the placeholder of an empty box',
      '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-placeholder="true" contenteditable="false">Message #general</span><span data-slate-zero-width="n">\ufeff<br></span></span></span></div>',
      '',
    ],
    ['contenteditable: text then <div> lines', 'hi<div>there</div><div><br></div>', 'hi\nthere\n'],
    ['contenteditable: <br> line breaks, a trailing one only shows the empty line', 'hi<br><br>', 'hi\n'],
    ['contenteditable: a single trailing <br> is not a line', 'hi<br>', 'hi'],
    ['contenteditable (pre-wrap): new lines in the text', 'hi\n\n', 'hi\n'],
    ['no-break spaces become spaces', 'Topic:&nbsp;', 'Topic: '],
    ['empty', '', ''],
  ])('%s', (_name, html, text) => {
    expect(readEditableText(editable(html))).toBe(text);
  });

  it('reads a textarea’s value', () => {
    const area = document.createElement('textarea');
    area.value = 'hi\r\nthere';
    expect(readComposerText(area)).toBe('hi\nthere');
  });
});

describe('mapping text offsets back to the DOM', () => {
  it('finds the end of the text, also on an empty last line', () => {
    const quill = editable('<p>hi</p><p><br></p>');
    expect(endPoint(quill)).toEqual({ node: quill.lastElementChild, offset: 0 });
    const plain = editable('hi<br><br>');
    expect(endPoint(plain)).toEqual({ node: plain, offset: 2 });
    const text = editable('<p>hello</p>');
    expect(endPoint(text)).toEqual({ node: text.firstElementChild!.firstChild, offset: 5 });
    const cke = editable('<p>hi<br>\u2060\u2060<br data-cke-filler="true"></p>');
    const end = endPoint(cke);
    expect(end.node).toBe(cke.firstElementChild!.childNodes[2]);
    expect(end.offset).toBe(2);
  });

  it('places the caret after "Topic: " (line and column, skipping zero-width fillers)', () => {
    const box = editable('<p>can we talk?</p><p>Topic:&nbsp;</p><p>My question:&nbsp;</p>');
    const point = domPointAt(box, 'can we talk?\nTopic: '.length)!;
    expect(point.node).toBe(box.children[1]!.firstChild);
    expect(point.offset).toBe(7);
    const withFiller = editable('<p>a</p><p>\ufeffTopic: x</p>');
    const p2 = domPointAt(withFiller, 'a\nTopic: '.length)!;
    expect(p2.node).toBe(withFiller.children[1]!.firstChild);
    expect(p2.offset).toBe(8);
    expect(domPointAt(box, 999)).toBeNull();
  });
});
