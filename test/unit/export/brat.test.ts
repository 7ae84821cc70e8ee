import * as assert from 'node:assert/strict';
import { bratType, toBrat, toBratConfig, validateBrat } from '../../../src/core/export/brat';
import { actor, factBase, mentionsOf, noteOn, relation } from './builders';

const base = factBase(
  [
    actor('niger', 'country', { ids: { wikidata: 'Q1032' } }),
    actor('abdourahamane-tiani', 'person'),
    actor('ecowas', 'organization'),
    actor('burkina-faso', 'country'),
    actor('mali', 'country'),
    actor('wagner', 'armed-group'),
    actor('jnim', 'militia'),
  ],
  [
    relation('ecowas', 'threatens', 'niger'),
    relation('ecowas', 'threatens', 'niger', { id: 'again', since: '2023-08-10' }),
    relation('mali', 'allied-with', 'burkina-faso', { mutual: true }),
    relation('wagner', 'deployed-in', 'mali'),
    relation('niger', 'member-of', 'niger'),
  ],
);

const article = [
  'NIAMEY, July 28 — 🇳🇪 Niger\'s junta named General Abdourahamane Tiani',
  'as head of state. ECOWAS threatened force; Burkina',
  'Faso and Mali backed Niger. JNIM 🔥 attacked.',
  '',
].join('\r\n');

const mentions = [
  ...mentionsOf(article, 'Niger', 'niger'),
  ...mentionsOf(article, 'Abdourahamane Tiani', 'abdourahamane-tiani'),
  ...mentionsOf(article, 'ECOWAS', 'ecowas'),
  ...mentionsOf(article, 'Burkina\r\nFaso', 'burkina-faso'),
  ...mentionsOf(article, 'Mali', 'mali'),
  ...mentionsOf(article, 'JNIM', 'jnim'),
  { start: article.indexOf('head'), end: article.indexOf('head') + 4, actorId: 'not-in-the-base', alias: 'head' },
];

describe('export/brat', () => {
  // Offsets checked against Python: brat indexes the .txt as a Python str (code points).
  it('writes entities with code point offsets, fragments, relations between first mentions, and notes', () => {
    const notes = [
      noteOn(article, 'note-1', 'Abdourahamane Tiani', 'Head of the\tpresidential guard.\nSince 2011.'),
      noteOn(article, 'note-2', 'threatened force', 'Never carried out.'),
      { id: 'note-3', text: 'Lost.', quote: { exact: 'a sentence that is not there at all', start: 3, end: 38 } },
    ];
    const ann = toBrat(article, mentions, base, notes);
    assert.equal(
      ann,
      [
        'T1\tCountry 21 26\tNiger',
        'T2\tPerson 49 68\tAbdourahamane Tiani',
        'T3\tOther 73 77\thead',
        'T4\tOrganization 88 94\tECOWAS',
        'T5\tCountry 113 120;122 126\tBurkina Faso',
        'T6\tCountry 131 135\tMali',
        'T7\tCountry 143 148\tNiger',
        'T8\tMilitia 150 154\tJNIM',
        'T9\tNote 95 111\tthreatened force',
        'R1\tThreatens Arg1:T4 Arg2:T1',
        'R2\tAllied_with Arg1:T6 Arg2:T5',
        '#1\tAnnotatorNotes T2\tHead of the presidential guard. Since 2011.',
        '#2\tAnnotatorNotes T9\tNever carried out.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(validateBrat(article, ann), []);
  });

  it('round-trips through the validator on LF text too, and is empty without mentions', () => {
    const lf = article.replace(/\r\n/g, '\n');
    const lfMentions = [...mentionsOf(lf, 'Niger', 'niger'), ...mentionsOf(lf, 'Burkina\nFaso', 'burkina-faso'), ...mentionsOf(lf, 'Mali', 'mali')];
    const ann = toBrat(lf, lfMentions, base);
    assert.deepEqual(validateBrat(lf, ann), []);
    assert.match(ann, /\tCountry 112 119;120 124\tBurkina Faso\n/);
    assert.equal(toBrat(lf, [], base), '');
  });

  it('counts an emoji as one character, as brat does', () => {
    assert.equal(toBrat('🇳🇪 Niger', mentionsOf('🇳🇪 Niger', 'Niger', 'niger'), base), 'T1\tCountry 3 8\tNiger\n');
  });

  it('catches what brat would reject', () => {
    const text = 'Niger and Mali';
    assert.deepEqual(validateBrat(text, 'T1\tCountry 0 5\tNiger\n'), []);
    assert.equal(validateBrat(text, 'T1\tCountry 0 5\tNiger!\n').length, 1);
    assert.equal(validateBrat(text, 'T1\tCountry 10 40\tMali\n').length, 1);
    assert.equal(validateBrat(text, 'T1\tCountry 10 14;0 5\tMali Niger\n').length, 1);
    assert.equal(validateBrat(text, 'T1\tArmed-group 0 5\tNiger\n').length, 1);
    assert.equal(validateBrat(text, 'R1\tAllied_with Arg1:T1 Arg2:T2\n').length, 2);
    assert.equal(validateBrat(text, 'T1\tCountry 0 5\tNiger\nT1\tCountry 10 14\tMali\n').length, 1);
    assert.equal(validateBrat('Burkina\nFaso', 'T1\tCountry 0 12\tBurkina Faso\n').length, 2);
  });

  it('makes brat type names from type ids', () => {
    assert.deepEqual(['armed-group', 'allied-with', 'person', 'Milícia urbana', '5th-column', '---'].map(bratType), ['Armed_group', 'Allied_with', 'Person', 'Milicia_urbana', 'Type_5th_column', 'Other']);
  });

  it('declares every type it writes in annotation.conf', () => {
    const conf = toBratConfig(base);
    for (const line of ['Armed_group', 'Militia', 'Other', 'Note', 'Allied_with\tArg1:<ENTITY>, Arg2:<ENTITY>', 'Expelled\tArg1:<ENTITY>, Arg2:<ENTITY>']) {
      assert.ok(conf.split('\n').includes(line), line);
    }
    assert.ok(conf.startsWith('[entities]\n'));
  });
});
