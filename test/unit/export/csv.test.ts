import * as assert from 'node:assert/strict';
import { csvField, toPairsCsv } from '../../../src/core/export/csv';
import type { Mention } from '../../../src/core/types';
import { actor, factBase, relation } from './builders';

const base = factBase(
  [actor('niger', 'country'), actor('mali', 'country'), actor('ecowas', 'organization'), actor('wagner', 'armed-group')],
  [
    relation('ecowas', 'threatens', 'niger'),
    relation('niger', 'suspended-from', 'ecowas'),
    relation('ecowas', 'threatens', 'niger', { id: 'twice' }),
    relation('mali', 'allied-with', 'niger', { mutual: true }),
    relation('wagner', 'deployed-in', 'mali'),
  ],
);

function mentions(...ids: string[]): Mention[] {
  return ids.map((actorId, i) => ({ start: i * 10, end: i * 10 + 5, actorId, alias: actorId }));
}

describe('export/csv', () => {
  it('writes one row per co-mentioned pair with relation types from both directions', () => {
    const csv = toPairsCsv(
      [
        { path: 'a.news', mentions: mentions('niger', 'ecowas', 'niger', 'mali', 'niger') },
        { path: 'dir/b, "quoted".news', mentions: mentions('wagner', 'mali') },
        { path: 'empty.news', mentions: mentions('niger') },
      ],
      base,
    );
    assert.equal(
      csv,
      [
        'article,actor_a,actor_b,co_mentions,relations',
        'a.news,ecowas,mali,1,',
        'a.news,ecowas,niger,1,suspended-from;threatens',
        'a.news,mali,niger,1,allied-with',
        '"dir/b, ""quoted"".news",mali,wagner,1,deployed-in',
        '',
      ].join('\r\n'),
    );
  });

  it('counts co-mentions as the smaller mention count', () => {
    const csv = toPairsCsv([{ path: 'a', mentions: mentions('niger', 'niger', 'niger', 'mali', 'mali') }], base);
    assert.equal(csv.split('\r\n')[1], 'a,mali,niger,2,allied-with');
  });

  it('quotes fields per RFC 4180 only when needed', () => {
    assert.deepEqual(['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\r', ' spaced '].map(csvField), ['plain', '"a,b"', '"say ""hi"""', '"two\nlines"', '"cr\r"', ' spaced ']);
  });
});
