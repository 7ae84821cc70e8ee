import * as assert from 'node:assert/strict';
import { aliasOwner, chooseEditTarget, findActors, unknownActorIds, editRefusal, mentionOverlapping, nameFromSelection } from '../../src/core/annotationPlan';
import type { Mention } from '../../src/core/types';
import { actor, alias } from './builders';

const entry = { path: '/w/.newslens/facts.yaml', text: 'newsLens: 1\ninclude: [people.facts.yaml]\nactors:\n  - id: mali\n    name: Mali\n    type: country\n' };
const people = { path: '/w/.newslens/people.facts.yaml', text: 'actors:\n  - id: assimi-goita\n    name: Assimi Goïta\n    type: person\n' };

describe('annotationPlan', () => {
  describe('chooseEditTarget', () => {
    it('writes about a workspace actor in the file that defines it', () => {
      assert.deepEqual(chooseEditTarget([entry, people], 'assimi-goita', true), { file: people.path, override: false });
      assert.deepEqual(chooseEditTarget([entry, people], 'mali', true), { file: entry.path, override: false });
    });

    it('copies an actor known only from the shipped base into the entry file first', () => {
      assert.deepEqual(chooseEditTarget([entry, people], 'niger', true), { file: entry.path, override: true });
    });

    it('sends new actors, relations and notes to the entry file', () => {
      assert.deepEqual(chooseEditTarget([entry, people]), { file: entry.path, override: false });
    });

    it('asks for a new file when the workspace has none, still overriding a shipped actor', () => {
      assert.deepEqual(chooseEditTarget([]), { override: false });
      assert.deepEqual(chooseEditTarget([], 'niger', true), { override: true });
    });
  });

  it('editRefusal names a YAML syntax error and a non-fact-base, and passes a good file', () => {
    assert.match(editRefusal('actors:\n  - id: [\n') ?? '', /syntax error on line/);
    assert.match(editRefusal('milk: 2\n') ?? '', /not a News Lens fact base/);
    assert.equal(editRefusal(entry.text), undefined);
    assert.match(editRefusal('') ?? '', /not a News Lens fact base/, 'an empty file has no top-level mapping to add to');
  });

  it('mentionOverlapping finds the mention a selection or cursor touches', () => {
    const mentions: Mention[] = [
      { start: 0, end: 5, actorId: 'niger', alias: 'Niger' },
      { start: 10, end: 14, actorId: 'mali', alias: 'Mali' },
    ];
    assert.equal(mentionOverlapping(mentions, 3, 3)?.actorId, 'niger');
    assert.equal(mentionOverlapping(mentions, 5, 5)?.actorId, 'niger');
    assert.equal(mentionOverlapping(mentions, 6, 8), undefined);
    assert.equal(mentionOverlapping(mentions, 8, 11)?.actorId, 'mali');
    assert.equal(mentionOverlapping(mentions, 5, 10), undefined);
  });

  it('nameFromSelection trims punctuation, quotes, possessives and folds whitespace', () => {
    assert.equal(nameFromSelection(' “Abdoulaye\n  Maïga,” '), 'Abdoulaye Maïga');
    assert.equal(nameFromSelection('Niger’s'), 'Niger');
    assert.equal(nameFromSelection('(al-Qaeda)'), 'al-Qaeda');
    assert.equal(nameFromSelection('U.S.'), 'U.S.');
  });

  it('aliasOwner finds another actor already named so, folding case and diacritics', () => {
    const actors = [actor({ id: 'niger', name: 'Niger', demonyms: [alias('Nigerien')] }), actor({ id: 'assimi-goita', name: 'Assimi Goïta', type: 'person', aliases: [alias('Goïta')] })];
    assert.equal(aliasOwner(actors, 'mali', 'GOITA')?.id, 'assimi-goita');
    assert.equal(aliasOwner(actors, 'mali', 'nigerien')?.id, 'niger');
    assert.equal(aliasOwner(actors, 'assimi-goita', 'Goita'), undefined, 'its own name is no conflict');
    assert.equal(aliasOwner(actors, 'mali', 'Bamako'), undefined);
  });

  it('findActors searches names and aliases, then lists the actors of a type the query names', () => {
    const actors = [actor({ id: 'niger', name: 'Niger' }), actor({ id: 'mali', name: 'Mali', aliases: [alias('Republic of Mali')] }), actor({ id: 'assimi-goita', name: 'Assimi Goïta', type: 'person' }), actor({ id: 'person-x', name: 'Person X', type: 'person' })];
    assert.deepEqual(findActors(actors, 'republic').map((h) => [h.actor.id, h.matched]), [['mali', 'Republic of Mali']]);
    assert.deepEqual(findActors(actors, 'person').map((h) => [h.actor.id, h.matched]), [['person-x', 'Person X'], ['assimi-goita', 'person']]);
    assert.deepEqual(findActors(actors, '', 'niger').map((h) => h.actor.id), ['assimi-goita', 'mali', 'person-x']);
  });

  it('unknownActorIds names the ids no actor has', () => {
    const actors = [actor({ id: 'niger', name: 'Niger' })];
    assert.deepEqual(unknownActorIds(actors, ['niger', 'nobody', 'niger-2']), ['nobody', 'niger-2']);
  });
});
