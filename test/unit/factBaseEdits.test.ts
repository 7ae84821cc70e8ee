import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addNote, removeNote, updateNoteQuote } from '../../src/core/edits/notes';
import { newFactBaseTemplate } from '../../src/core/edits/template';
import type { EditResult } from '../../src/core/edits/yamlSplice';
import { loadFactBase } from '../../src/core/factBase/load';
import { addActor, addAlias, addFact, addRelation, fileDefiningActor } from '../../src/core/factBaseEdits';

const fixture = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', 'edits', name), 'utf8');
const sahel = fixture('sahel.facts.yaml');
const notes = fixture('notes.facts.yaml');

/** `text` with the one occurrence of `before` replaced by `after`. */
function change(text: string, before: string, after: string): string {
  assert.equal(text.split(before).length, 2, `expected exactly one ${JSON.stringify(before)}`);
  return text.replace(before, () => after);
}

function textOf(result: EditResult): string {
  assert.ok(result.ok, result.ok ? '' : result.problem);
  return result.text;
}

function problemOf(result: EditResult): string {
  assert.ok(!result.ok, 'expected the edit to be refused');
  return result.problem;
}

describe('factBaseEdits', () => {
  describe('addAlias', () => {
    it('keeps a flow list flow, and the comment after it', () => {
      const after = textOf(addAlias(sahel, 'mohamed-bazoum', 'Mohamed'));
      assert.equal(after, change(sahel, '    aliases: [Bazoum]       # flow', '    aliases: [Bazoum, Mohamed]       # flow'));
    });

    it('quotes an alias in a flow list only when it must', () => {
      const after = textOf(addAlias(sahel, 'mohamed-bazoum', 'Bazoum, M.'));
      assert.equal(after, change(sahel, '[Bazoum]', '[Bazoum, "Bazoum, M."]'));
    });

    it('appends to a block list after an object-form alias', () => {
      const after = textOf(addAlias(sahel, 'niger', "Niger's junta"));
      assert.equal(after, change(sahel, '        case: exact\n', "        case: exact\n      - Niger's junta\n"));
    });

    it('adds a missing aliases list after the type; at the end of the entry, after its trailing comment', () => {
      const after = textOf(addAlias(sahel, 'ecowas', 'CEDEAO'));
      assert.equal(after, change(sahel, '    # no aliases yet\n', '    # no aliases yet\n    aliases:\n      - CEDEAO\n'));
      const typed = 'actors:\n  - id: a\n    name: A\n    type: place # kind\n    summary: S\n';
      assert.equal(textOf(addAlias(typed, 'a', 'Ay')), 'actors:\n  - id: a\n    name: A\n    type: place # kind\n    aliases:\n      - Ay\n    summary: S\n');
    });

    it('writes a new aliases list in flow style when the file mostly does', () => {
      const flowFile = 'actors:\n  - id: a\n    name: A\n    type: place\n    aliases: [Ay]\n  - id: b\n    name: B\n    type: place\n';
      assert.equal(textOf(addAlias(flowFile, 'b', 'Bee')), `${flowFile}    aliases: [Bee]\n`);
    });

    it('is a no-op when the name, an alias or a demonym folds to the new alias', () => {
      for (const alias of ['Republique du Niger', 'nigerien', ' Niger ', 'NER', 'Republic  of\nNiger']) {
        const result = addAlias(sahel, 'niger', alias);
        assert.deepEqual(result, { ok: true, text: sahel, changed: false }, alias);
      }
    });

    it('refuses an unknown actor or an empty alias', () => {
      assert.match(problemOf(addAlias(sahel, 'mali', 'Mali')), /No actor `mali`/);
      assert.match(problemOf(addAlias(sahel, 'niger', '  ')), /empty/);
    });
  });

  describe('addActor', () => {
    it('appends after the last actor, its trailing comment and a blank line like the others', () => {
      const result = addActor(sahel, { name: 'Abdoulaye Maïga', type: 'person', summary: 'Prime minister of Mali.', aliases: ['Maïga', 'Maiga', 'Abdoulaye Maïga'] });
      assert.ok(result.ok && result.id === 'abdoulaye-maiga');
      const added = '\n  - id: abdoulaye-maiga\n    name: Abdoulaye Maïga\n    type: person\n    aliases:\n      - Maïga\n    summary: Prime minister of Mali.\n';
      assert.equal(textOf(result), change(sahel, '    # no aliases yet\n', `    # no aliases yet\n${added}`));
    });

    it('makes a unique id from the name, avoiding ids in this file and in takenIds', () => {
      const result = addActor(sahel, { name: 'Niger', type: 'place' }, new Set(['niger-2']));
      assert.ok(result.ok);
      assert.equal(result.id, 'niger-3');
    });

    it('slugs diacritics and odd letters, and falls back to `actor`', () => {
      const idOf = (name: string): string | undefined => {
        const r = addActor(sahel, { name, type: 'place' });
        return r.ok ? r.id : undefined;
      };
      assert.equal(idOf('Côte d’Ivoire'), 'cote-d-ivoire');
      assert.equal(idOf('Łódź Straße'), 'lodz-strasse');
      assert.equal(idOf('Москва'), 'actor');
    });

    it('refuses a bad or taken explicit id, and a missing name or type', () => {
      assert.match(problemOf(addActor(sahel, { id: 'Niger!', name: 'X', type: 'place' })), /not a valid id/);
      assert.match(problemOf(addActor(sahel, { id: 'ecowas', name: 'X', type: 'place' })), /already has the id `ecowas`/);
      assert.match(problemOf(addActor(sahel, { id: 'mali', name: 'X', type: 'place' }, new Set(['mali']))), /already/);
      assert.match(problemOf(addActor(sahel, { name: ' ', type: 'place' })), /name and a type/);
    });

    it('creates the actors key at the end, spaced like the other top-level keys', () => {
      const text = '# people\nnewsLens: 1\n\nrelations: []\n';
      assert.equal(textOf(addActor(text, { name: 'Mali', type: 'country' })), `${text}\nactors:\n  - id: mali\n    name: Mali\n    type: country\n`);
    });

    it('turns `actors: []` and an empty `actors:` into a block list', () => {
      assert.equal(textOf(addActor('actors: []  # none yet\nnotes: []\n', { name: 'Mali', type: 'country' })), 'actors:  # none yet\n  - id: mali\n    name: Mali\n    type: country\nnotes: []\n');
      assert.equal(textOf(addActor('actors:\nnotes: []\n', { name: 'Mali', type: 'country' })), 'actors:\n  - id: mali\n    name: Mali\n    type: country\nnotes: []\n');
    });

    it('follows a file that writes block lists flush with their key', () => {
      const text = 'actors:\n- id: a\n  name: A\n  type: place\n';
      const after = textOf(addActor(text, { name: 'Bee', type: 'place', aliases: ['B', 'Bz'] }));
      assert.equal(after, `${text}- id: bee\n  name: Bee\n  type: place\n  aliases:\n  - B\n  - Bz\n`);
    });

    it('appends a flow mapping to a flow list of actors', () => {
      assert.equal(textOf(addActor('actors: [{ id: a, name: A, type: place }]\n', { name: 'B', type: 'place' })), 'actors: [{ id: a, name: A, type: place }, { id: b, name: B, type: place }]\n');
    });
  });

  describe('addFact', () => {
    it('appends to an existing facts list, writing a URL-only source as a bare URL', () => {
      const after = textOf(
        addFact(sahel, 'mohamed-bazoum', {
          statement: 'He refused to resign.',
          date: '2023-07-27',
          sources: [{ url: 'https://example.org/b' }, { publication: 'RFI', date: '2023-07-28', quote: { exact: 'refused', prefix: 'He ', article: 'a.news' } }],
        }),
      );
      const added = [
        '      - statement: He refused to resign.',
        '        date: 2023-07-27',
        '        sources:',
        '          - https://example.org/b',
        '          - publication: RFI',
        '            date: 2023-07-28',
        '            quote:',
        '              exact: refused',
        '              prefix: "He "',
        '              article: a.news',
        '',
      ].join('\n');
      assert.equal(after, change(sahel, '        sources: [https://example.org/article]\n', `        sources: [https://example.org/article]\n${added}`));
    });

    it('adds a facts key at the end of an actor that has none', () => {
      const after = textOf(addFact(sahel, 'ecowas', { statement: 'Suspended Niger.', sources: [] }));
      assert.equal(after, change(sahel, '    # no aliases yet\n', '    # no aliases yet\n    facts:\n      - statement: Suspended Niger.\n        sources: []\n'));
    });

    it('refuses an unknown actor and an empty statement', () => {
      assert.match(problemOf(addFact(sahel, 'mali', { statement: 'x', sources: [] })), /No actor/);
      assert.match(problemOf(addFact(sahel, 'niger', { statement: '', sources: [] })), /statement/);
    });
  });

  describe('addRelation', () => {
    it('appends to relations before a top-level trailing comment', () => {
      const after = textOf(addRelation(sahel, { from: 'niger', to: 'ecowas', type: 'withdrew-from', since: '2024-01-28', sources: [{ url: 'https://example.org/w' }] }));
      const added = '  - from: niger\n    to: ecowas\n    type: withdrew-from\n    since: 2024-01-28\n    sources:\n      - https://example.org/w\n';
      assert.equal(after, change(sahel, '# end of file\n', `${added}# end of file\n`));
    });

    it('appends to a flow list of relations in flow style', () => {
      const text = 'relations: [{ from: a, to: b, type: supports }]\n';
      assert.equal(textOf(addRelation(text, { from: 'b', to: 'a', type: 'opposes', label: 'says: no' })), 'relations: [{ from: a, to: b, type: supports }, { from: b, to: a, type: opposes, label: "says: no" }]\n');
    });

    it('refuses ids that are not ids', () => {
      assert.match(problemOf(addRelation(sahel, { from: 'Niger', to: 'ecowas', type: 'opposes' })), /`Niger` is not a valid id/);
    });
  });

  describe('notes', () => {
    const quote = { exact: 'the junta', prefix: 'said ', suffix: ' would', article: 'samples/coup.news', start: 200, end: 209 };

    it('creates the notes key with note-1, then appends note-2 after a blank line like the rest', () => {
      const one = addNote(sahel, { text: 'Follow up.', date: '2026-11-28', quote });
      assert.ok(one.ok && one.id === 'note-1');
      const first = '  - id: note-1\n    text: Follow up.\n    date: 2026-11-28\n    quote:\n      exact: the junta\n      prefix: "said "\n      suffix: " would"\n      article: samples/coup.news\n      start: 200\n      end: 209\n';
      assert.equal(textOf(one), change(sahel, '# end of file\n', `# end of file\n\nnotes:\n${first}`));
      const two = addNote(textOf(one), { text: 'Second.', actor: 'niger', quote: { exact: 'Niger' } });
      assert.ok(two.ok && two.id === 'note-2');
      assert.equal(textOf(two), `${textOf(one)}  - id: note-2\n    text: Second.\n    actor: niger\n    quote:\n      exact: Niger\n`);
      assert.equal(textOf(removeNote(textOf(two), 'note-2')), textOf(one), 'removing restores the file byte for byte');
    });

    it('numbers above every note-N taken here or elsewhere and refuses a taken id', () => {
      const r = addNote(notes, { text: 'x', quote }, new Set(['note-7', 'other']));
      assert.ok(r.ok && r.id === 'note-8');
      assert.match(problemOf(addNote(notes, { id: 'note-2', text: 'x', quote })), /already has the id `note-2`/);
      assert.match(problemOf(addNote(notes, { text: 'x', quote: { exact: '' } })), /quote/);
    });

    it('removes a note with its blank-line spacing and trailing comment', () => {
      const after = textOf(removeNote(notes, 'note-2'));
      assert.equal(after, change(notes, '  - id: note-2   # keep me\n    text: Who gave the order?\n    actor: mohamed-bazoum\n    quote: { exact: detained, start: 142, end: 150 }\n\n', ''));
      const first = textOf(removeNote(notes, 'note-1'));
      assert.ok(first.startsWith('newsLens: 1\nnotes:\n  - id: note-2   # keep me\n'), first);
    });

    it('finds a note without an id by a position inside it', () => {
      const after = textOf(removeNote(notes, 'note-3', { line: 17, character: 4 }));
      assert.equal(after, change(notes, '\n  - text: A note without an id.\n    quote:\n      exact: Niamey\n', ''));
      assert.match(problemOf(removeNote(notes, 'note-3')), /No note `note-3`/);
    });

    it('leaves `notes: []` when the last note goes, and edits flow lists too', () => {
      assert.equal(textOf(removeNote('notes:\n  - id: a\n    text: t\n    quote: { exact: x }\nrelations: []\n', 'a')), 'notes: []\nrelations: []\n');
      assert.equal(textOf(removeNote('notes: [{ id: a, text: t, quote: { exact: x } }, { id: b, text: u, quote: { exact: y } }]\n', 'b')), 'notes: [{ id: a, text: t, quote: { exact: x } }]\n');
      assert.equal(textOf(removeNote('notes: [{ id: a, text: t, quote: { exact: x } }, { id: b, text: u, quote: { exact: y } }]\n', 'a')), 'notes: [{ id: b, text: u, quote: { exact: y } }]\n');
    });

    it('re-anchors a block quote in place, keeping the article', () => {
      const after = textOf(updateNoteQuote(notes, 'note-1', { exact: 'the presidential guard', prefix: 'Members of ', suffix: ' detained', start: 133, end: 154 }));
      const expected = change(notes, '      prefix: "Members of "\n      article: samples/coup.news\n      start: 120\n      end: 141\n', '      prefix: "Members of "\n      suffix: " detained"\n      article: samples/coup.news\n      start: 133\n      end: 154\n');
      assert.equal(after, expected);
    });

    it('re-anchors a flow quote in flow style and reports an unchanged quote', () => {
      const after = textOf(updateNoteQuote(notes, 'note-2', { exact: 'detained', start: 150, end: 158 }));
      assert.equal(after, change(notes, '{ exact: detained, start: 142, end: 150 }', '{ exact: detained, start: 150, end: 158 }'));
      assert.deepEqual(updateNoteQuote(notes, 'note-2', { exact: 'detained', start: 142, end: 150 }), { ok: true, text: notes, changed: false });
    });
  });

  describe('every edit', () => {
    it('keeps CRLF line endings, touching only the new lines', () => {
      const crlf = sahel.replace(/\n/g, '\r\n');
      let lf = sahel;
      let text = crlf;
      const steps: ((t: string) => EditResult)[] = [
        (t) => addAlias(t, 'mohamed-bazoum', 'Mohamed'),
        (t) => addAlias(t, 'niger', 'Niger Republic'),
        (t) => addActor(t, { name: 'Mali', type: 'country', aliases: ['Malí'] }),
        (t) => addFact(t, 'ecowas', { statement: 'A\nmulti-line statement.', sources: [{ url: 'https://example.org/x' }] }),
        (t) => addRelation(t, { from: 'mali', to: 'niger', type: 'allied-with' }),
        (t) => addNote(t, { text: 'n', quote: { exact: 'said.\n\nECOWAS', prefix: 'x' } }),
        (t) => updateNoteQuote(t, 'note-1', { exact: 'said.\r\n\r\nECOWAS', start: 3, end: 17 }),
      ];
      for (const step of steps) {
        text = textOf(step(text));
        lf = textOf(step(lf));
        assert.equal(text, lf.replace(/\n/g, '\r\n'));
        assert.ok(!/[^\r]\n/.test(text), 'no bare LF');
      }
    });

    it('refuses YAML syntax errors, other documents and several documents, saying why', () => {
      assert.match(problemOf(addAlias('actors: [\n', 'a', 'b')), /YAML syntax error on line \d/);
      assert.match(problemOf(addActor('- just\n- a list\n', { name: 'A', type: 'place' })), /not a News Lens fact base/);
      assert.match(problemOf(addActor('apiVersion: v1\nkind: Pod\n', { name: 'A', type: 'place' })), /none of the keys/);
      assert.match(problemOf(addActor('actors: []\n---\nactors: []\n', { name: 'A', type: 'place' })), /syntax error/);
      assert.match(problemOf(addActor('# only a comment\n', { name: 'A', type: 'place' })), /not a News Lens fact base/);
      assert.match(problemOf(addActor('actors: Niger\n', { name: 'A', type: 'place' })), /`actors` is not a list/);
    });

    it('builds, from the template, a fact base the loader reads without errors', () => {
      let text = newFactBaseTemplate();
      text = textOf(addActor(text, { name: 'Niger', type: 'country', aliases: ['Republic of Niger'] }));
      text = textOf(addActor(text, { name: 'ECOWAS', type: 'organization' }));
      text = textOf(addAlias(text, 'ecowas', 'CEDEAO'));
      text = textOf(addFact(text, 'niger', { statement: 'Coup.', date: '2023-07-26', sources: [{ url: 'https://example.org/a' }] }));
      text = textOf(addRelation(text, { from: 'ecowas', to: 'niger', type: 'sanctions', since: '2023-07-30' }));
      text = textOf(addNote(text, { text: 'Check.', actor: 'niger', quote: { exact: 'Niger', prefix: 'in ', start: 3, end: 8, article: 'a.news' } }));
      const { factBase, problems } = loadFactBase('w.facts.yaml', () => text);
      assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
      assert.deepEqual(factBase.actors.map((a) => a.id), ['niger', 'ecowas']);
      assert.equal(factBase.relations.length, 1);
      assert.equal(factBase.notes[0]?.id, 'note-1');
      assert.match(text, /^# News Lens fact base/);
      assert.match(text, /# Typed links between actors/);
    });
  });

  describe('newFactBaseTemplate', () => {
    it('is a valid, empty fact base in extend mode, with comments', () => {
      const { factBase, problems } = loadFactBase('t.facts.yaml', () => newFactBaseTemplate());
      assert.deepEqual(problems, []);
      assert.equal(factBase.mode, 'extend');
      assert.deepEqual([factBase.actors, factBase.relations, factBase.notes], [[], [], []]);
      assert.ok(newFactBaseTemplate().split('\n').filter((l) => l.startsWith('#')).length > 10);
    });
  });

  describe('fileDefiningActor', () => {
    it('names the first file whose actors define the id', () => {
      const files = [
        { path: 'broken.facts.yaml', text: 'actors: [\n' },
        { path: 'notes.facts.yaml', text: notes },
        { path: 'sahel.facts.yaml', text: sahel },
      ];
      assert.equal(fileDefiningActor(files, 'ecowas'), 'sahel.facts.yaml');
      assert.equal(fileDefiningActor(files, 'note-1'), undefined);
      assert.equal(fileDefiningActor(files, 'mali'), undefined);
    });
  });
});
