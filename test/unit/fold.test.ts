import * as assert from 'node:assert/strict';
import { FOLD, FOLD_KEEP_CASE, KIND, KIND_WORD, SPACE, foldForMatch, isWordChar } from '../../src/core/fold';

describe('foldForMatch', () => {
  it('lower-cases and strips diacritics, composed or decomposed', () => {
    assert.equal(foldForMatch('Goïta'), 'goita');
    assert.equal(foldForMatch('Goi\u0308ta'), 'goita');
    assert.equal(foldForMatch('NIGÉRIENNE'), 'nigerienne');
    assert.equal(foldForMatch('République du Niger'), 'republique du niger');
    assert.equal(foldForMatch('Łódź'), 'lodz');
  });

  it('folds every apostrophe to a straight one', () => {
    for (const a of ["'", '\u2019', '\u2018', '\u02BC']) assert.equal(foldForMatch(`Côte d${a}Ivoire`), "cote d'ivoire");
  });

  it('folds dashes and whitespace to one space, collapsing runs and trimming', () => {
    for (const sep of ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', ' ', '\u00A0', '\u202F', '\t', '\n', '\r\n', ' \r\n  ', ' - ']) {
      assert.equal(foldForMatch(`al${sep}Qaeda`), 'al qaeda', JSON.stringify(sep));
    }
    assert.equal(foldForMatch('  \u00A0Burkina   Faso\n'), 'burkina faso');
  });

  it('drops soft hyphens and joiners', () => {
    assert.equal(foldForMatch('Bur\u00ADkina'), 'burkina');
  });

  it('gives the empty string for separators only', () => {
    assert.equal(foldForMatch(''), '');
    assert.equal(foldForMatch(' \t—\n'), '');
    assert.equal(foldForMatch('\u0301'), '');
  });

  it('keeps astral characters and scripts without case as they are', () => {
    assert.equal(foldForMatch('😀 Niger'), '😀 niger');
    assert.equal(foldForMatch('النيجر'), 'النيجر');
  });
});

describe('isWordChar', () => {
  const cp = (s: string): number => s.codePointAt(0)!;

  it('accepts letters, digits and combining marks in any script', () => {
    for (const c of ['a', 'Z', '7', 'é', 'ß', 'Ж', 'ن', '中', '\u0301', '٣']) assert.ok(isWordChar(cp(c)), c);
  });

  it('accepts astral letters and digits', () => {
    assert.ok(isWordChar(cp('𝐀')));
    assert.ok(isWordChar(cp('𝟙')));
    assert.ok(isWordChar(cp('𐐀')));
  });

  it('rejects punctuation, spaces, symbols, emoji, the BOM and apostrophe letters', () => {
    for (const c of [' ', '\u00A0', "'", '\u2019', '\u02BC', '-', '–', ',', '.', '\uFEFF', '$', '😀', '\n']) {
      assert.ok(!isWordChar(cp(c)), JSON.stringify(c));
    }
  });

  it('rejects values that are not code points', () => {
    assert.ok(!isWordChar(0x110000));
  });
});

describe('fold tables', () => {
  it('keep every unit a word unit or not through folding, as the scan relies on', () => {
    const broken: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const f = FOLD[c]!;
      if (f !== 0 && (KIND[c] === KIND_WORD) !== (KIND[f] === KIND_WORD)) broken.push(c.toString(16));
    }
    assert.deepEqual(broken, []);
  });

  it('differ only in letter case between FOLD and FOLD_KEEP_CASE', () => {
    const broken: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const f = FOLD[c]!;
      const k = FOLD_KEEP_CASE[c]!;
      if ((f === 0) !== (k === 0) || (f === SPACE) !== (k === SPACE) || (k !== 0 && FOLD[k] !== f)) broken.push(c.toString(16));
    }
    assert.deepEqual(broken, []);
  });
});
