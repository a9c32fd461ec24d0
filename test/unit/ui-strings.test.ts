/**
 * Every word the interface shows comes from the catalog (components/i18n.ts). This reads the
 * UI code with the TypeScript compiler and fails on a user-facing literal: JSX text, a string
 * given to a user-facing attribute or property (aria-label, title, placeholder, label, hint,
 * message…), or any other string that reads as prose. Strings for developers (console,
 * errors, test hooks) and code (selectors, CSS, keys) are not prose and pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** The code that draws the interface: components, entry points, the in-page wiring of each family. */
const UI_DIRS = ['components', 'entrypoints', 'sites/chat-common', 'sites/calendar-common'];
/** Not interface: the sentinel's and the registry's plumbing, the layout tools (text for developers). */
const NOT_UI = new Set([
  'sites/chat-common/sentinel.ts',
  'sites/chat-common/adapter.ts',
  'sites/calendar-common/content.ts',
  'entrypoints/background.ts',
]);

const USER_FACING = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
  'label',
  'hint',
  'description',
  'message',
  'notice',
  'text',
  'sentence',
  'primary',
  'heading',
]);

/** Prose: two words or more with letters, the first one a word (not a selector, path, code or CSS). */
const PROSE = /(?:^|[\s(“"‘'])\p{L}[\p{L}’'-]*[ \u00a0]+\p{L}[\p{L}’'-]*/u;
const CODE_LIKE = /[{};<>=]|^[.#[:]|^https?:|^\//u;
/** An example value in a placeholder: an address, an e-mail, an id ("slack:C024BE91L"). */
const EXAMPLE = /^(?:https?:\/\/\S+|\S+@\S+|[\w-]+:\w+)$/;

function files(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...files(path));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function hasLetters(text: string): boolean {
  return /\p{L}{2,}/u.test(text);
}

/** A sentence or phrase a person would read (not a class list, key, selector, URL or CSS). */
function readsAsProse(text: string): boolean {
  const trimmed = text.trim();
  if (!PROSE.test(trimmed)) return false;
  // Lower-case names joined by spaces, one with a hyphen or underscore, are class lists ("ev-btn ev-primary").
  if (/^[a-z0-9_-]+(?: [a-z0-9_-]+)*$/.test(trimmed) && /[-_]/.test(trimmed)) return false;
  if (CODE_LIKE.test(trimmed) && !/[.?!…:]$/.test(trimmed)) return false;
  return true;
}

/** Calls whose strings are for developers, never shown in the interface. */
function isDeveloperText(node: ts.Node): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) {
      const callee = parent.expression.getText();
      if (
        /^(console\.\w+|Error|TypeError|RangeError|describe|it|expect|querySelector\w*|closest|matches)$/.test(callee)
      )
        return true;
      if (
        /\.(querySelector\w*|closest|matches|setProperty|getPropertyValue|addEventListener|removeEventListener)$/.test(
          callee,
        )
      )
        return true;
    }
    if (ts.isThrowStatement(parent) || ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) return true;
    if (ts.isBlock(parent) || ts.isSourceFile(parent)) break;
  }
  return false;
}

interface Finding {
  file: string;
  line: number;
  text: string;
}

function findUiLiterals(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const findings: Finding[] = [];
  const report = (node: ts.Node, text: string) =>
    findings.push({
      file,
      line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      text: text.trim().slice(0, 80),
    });
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (hasLetters(node.text)) report(node, node.text);
    } else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText();
      const init = node.initializer;
      const value = init && ts.isStringLiteral(init) ? init.text : undefined;
      if (value !== undefined && USER_FACING.has(name) && hasLetters(value) && !EXAMPLE.test(value))
        report(node, value);
    } else if (ts.isPropertyAssignment(node)) {
      const name = node.name.getText().replace(/^['"]|['"]$/g, '');
      const init = node.initializer;
      if (
        USER_FACING.has(name) &&
        (ts.isStringLiteral(init) || ts.isNoSubstitutionTemplateLiteral(init)) &&
        hasLetters(init.text) &&
        !isDeveloperText(node)
      )
        report(node, init.text);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const parent = node.parent;
      const reported =
        ts.isJsxAttribute(parent) ||
        // A property's name ({ 'send button': … }) or a type ('send button' | …) is code.
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        ts.isLiteralTypeNode(parent) ||
        (ts.isPropertyAssignment(parent) && USER_FACING.has(parent.name.getText().replace(/^['"]|['"]$/g, '')));
      if (!reported && readsAsProse(node.text) && !isDeveloperText(node)) report(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      const literal = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
      if (readsAsProse(literal) && !isDeveloperText(node)) report(node, literal);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return findings;
}

describe('the interface’s words', () => {
  it('all come from the catalog: no user-facing literal in the UI code', () => {
    const findings = UI_DIRS.flatMap(files)
      .filter((file) => !NOT_UI.has(file))
      .flatMap((file) => findUiLiterals(relative(ROOT, join(ROOT, file)), readFileSync(join(ROOT, file), 'utf8')));
    expect(findings.map((f) => `${f.file}:${f.line} “${f.text}”`)).toEqual([]);
  });

  it('catches each kind of literal it looks for, and lets code and developer text through', () => {
    const code = `
      const a = <p>Hello there</p>;
      const b = <button aria-label="Close the panel">×</button>;
      const c = { title: 'Weekly stats' };
      el.textContent = 'Copied to the clipboard.';
      const d = \`\${n} meetings this week\`;
      const ok1 = <div className="ev-card ev-primary">{t('popup.copied')}</div>;
      console.warn('Something went wrong here');
      throw new Error('Not a web address.');
      doc.querySelector('div[role="dialog"] button');
      const ok2 = 'ev-btn ev-quiet';
      const ok3 = <span aria-hidden="true">‹</span>;
    `;
    const found = findUiLiterals('x.tsx', code).map((f) => f.text);
    expect(found).toEqual([
      'Hello there',
      'Close the panel',
      'Weekly stats',
      'Copied to the clipboard.',
      'meetings this week',
    ]);
  });
});
