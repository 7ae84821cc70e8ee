import * as assert from 'node:assert/strict';
import { buildRelationGraph } from '../../src/core/graph';
import { MAX_CARD_RELATIONS, renderHoverCard } from '../../src/core/hoverCard';
import type { HoverCardInput } from '../../src/core/hoverCard';
import { commandLink, escapeLinkTitle, escapeMarkdown, isWebUrl, urlHost, webLink } from '../../src/core/markdown';
import type { Actor } from '../../src/core/types';
import { actor, fact, factBase, relation, sahelFactBase } from './fixtures/factBaseBuilder';

const bazoum = actor({
  id: 'mohamed-bazoum',
  type: 'person',
  summary: 'President of Niger from April 2021 until his overthrow in July 2023.',
  roles: [{ title: 'President of Niger', of: 'niger', since: '2021-04-02', until: '2023-07-26' }],
  facts: [
    fact({ statement: 'Won the presidential run-off.', date: '2021-02-21', sources: [{ url: 'https://www.bbc.com/news/x' }] }),
    fact({
      statement: 'The presidential guard detained President Mohamed Bazoum.',
      date: '2023-07-26',
      sources: [
        { url: 'https://example.org/coup', publication: 'Reuters', title: 'Niger soldiers declare coup' },
        { quote: { exact: 'the presidential guard', article: 'samples/coup.news' } },
      ],
    }),
    fact({ statement: 'Held with his family at the presidential palace.', date: '2023-08', until: '2024' }),
    fact({ statement: 'Trained as a philosophy teacher.' }),
  ],
});

const base = sahelFactBase();

function card(overrides: Partial<HoverCardInput> = {}): string {
  return renderHoverCard({ actor: bazoum, factBase: base, today: '2025-06-01', mentionCount: 3, commands: {}, ...overrides });
}

const commands = {
  revealInTree: { id: 'newsLens.revealInTree', args: ['mohamed-bazoum'] },
  goToDefinition: { id: 'newsLens.goToFactBaseEntry', args: ['mohamed-bazoum'] },
  findAllMentions: { id: 'newsLens.findAllMentions', args: ['mohamed-bazoum', { uri: 'file:///a (1).news', offset: 4 }] },
  annotate: { id: 'newsLens.annotate', args: [] },
};

describe('hoverCard', () => {
  it('renders a Bazoum-like actor after the coup as a former president', () => {
    const expected = [
      '$(person) **Mohamed Bazoum** · Person',
      'President of Niger from April 2021 until his overthrow in July 2023\\.',
      'Former President of Niger (until 26 Jul 2023)',
      '**Facts**\n\n' +
        '- Aug 2023 – 2024: Held with his family at the presidential palace\\.\n' +
        '- 26 Jul 2023: The presidential guard detained President Mohamed Bazoum\\. — ' +
        '[Reuters](https://example.org/coup "Niger soldiers declare coup"), “the presidential guard” (samples/coup\\.news)\n' +
        '- 21 Feb 2021: Won the presidential run\\-off\\. — [bbc\\.com](https://www.bbc.com/news/x)\n' +
        '- Trained as a philosophy teacher\\.',
      '---',
      'Mentioned 3 times in this document',
      '[$(list-tree) Reveal in tree](command:newsLens.revealInTree?%5B%22mohamed-bazoum%22%5D "Reveal this actor in the News Lens tree") · ' +
        '[$(go-to-file) Go to definition](command:newsLens.goToFactBaseEntry?%5B%22mohamed-bazoum%22%5D "Open the fact base entry") · ' +
        '[$(references) Find all mentions](command:newsLens.findAllMentions?%5B%22mohamed-bazoum%22%2C%7B%22uri%22%3A%22file%3A%2F%2F%2Fa%20%281%29.news%22%2C%22offset%22%3A4%7D%5D "Find all mentions of this actor") · ' +
        '[$(comment) Annotate](command:newsLens.annotate?%5B%5D "Add a note about this actor")',
    ].join('\n\n');
    assert.equal(card({ articleDate: '2023-08-16', commands }), expected);
  });

  it('shows the current role and relations on a date inside the term', () => {
    const text = card({ articleDate: '2023-07-26', mentionCount: 1 });
    assert.ok(text.includes('\n\nPresident of Niger (2 Apr 2021 – 26 Jul 2023)\n\n'), text);
    assert.ok(!text.includes('Former'), text);
    assert.ok(text.includes('**Relations on 26 Jul 2023**\n\n- leads → Niger (2 Apr 2021 – 26 Jul 2023)'), text);
    assert.ok(text.includes('Mentioned 1 time in this document'), text);
  });

  it('judges roles at today without an article date and lists all relations', () => {
    const text = card();
    assert.ok(text.includes('\n\nFormer President of Niger (until 26 Jul 2023)\n\n'), text);
    assert.ok(text.includes('**Relations**\n\n- leads → Niger (2 Apr 2021 – 26 Jul 2023)'), text);
    assert.ok(card({ today: '2022-01-01' }).includes('\n\nPresident of Niger (2 Apr 2021 – 26 Jul 2023)\n\n'));
  });

  it('ignores an article date that is not a date', () => {
    assert.equal(card({ articleDate: '2023-02-30' }), card());
  });

  it('prefers every current role, latest first, over former ones', () => {
    const tiani = actor({
      id: 'abdourahamane-tiani',
      type: 'person',
      roles: [
        { title: 'Commander of the Presidential Guard', since: '2011', until: '2023-07' },
        { title: 'President of the CNSP', since: '2023-07-28' },
        { title: 'General' },
      ],
    });
    const text = renderHoverCard({ actor: tiani, factBase: base, articleDate: '2023-08-16', today: '2025-01-01', mentionCount: 2, commands: {} });
    assert.ok(text.includes('\n\nPresident of the CNSP (since 28 Jul 2023)\n\nGeneral\n\n'), text);
    assert.ok(!text.includes('Commander'), text);
    const before = renderHoverCard({ actor: tiani, factBase: base, articleDate: '2010', today: '2025-01-01', mentionCount: 2, commands: {} });
    assert.ok(!before.includes('Former'), before);
  });

  it('puts the facts nearest the article date first and keeps at most five', () => {
    const many = actor({
      id: 'x',
      facts: ['2020', '2021-06', '2023-08-15', '2023-08-20', '2019', '2023-01-01', '2023-08-16'].map((date) => fact({ statement: `on ${date}`, date })),
    });
    const text = renderHoverCard({ actor: many, factBase: base, articleDate: '2023-08-16', today: '2025-01-01', mentionCount: 1, commands: {} });
    const facts = text.split('\n').filter((l) => l.startsWith('- '));
    assert.deepEqual(facts, [
      '- 16 Aug 2023: on 2023\\-08\\-16',
      '- 15 Aug 2023: on 2023\\-08\\-15',
      '- 20 Aug 2023: on 2023\\-08\\-20',
      '- 1 Jan 2023: on 2023\\-01\\-01',
      '- Jun 2021: on 2021\\-06',
      '- \\+2 more',
    ]);
  });

  it('lists at most eight relations and says how many more there are', () => {
    const hub = actor({ id: 'hub' });
    const others = Array.from({ length: 10 }, (_, i) => actor({ id: `n${i}`, name: `Neighbour ${i}` }));
    const fb = factBase({
      actors: [hub, ...others],
      relations: others.map((o, i) => relation({ from: i % 2 ? 'hub' : o.id, to: i % 2 ? o.id : 'hub', type: 'supports', mutual: i === 0 })),
    });
    const text = renderHoverCard({ actor: hub, factBase: fb, graph: buildRelationGraph(fb), today: '2025-01-01', mentionCount: 1, commands: {} });
    const lines = text.split('\n').filter((l) => l.startsWith('- '));
    assert.equal(lines.length, MAX_CARD_RELATIONS + 1);
    assert.deepEqual(lines.slice(0, 3), ['- supports ↔ Neighbour 0', '- supports → Neighbour 1', '- supports ← Neighbour 2']);
    assert.equal(lines[MAX_CARD_RELATIONS], '- \\+2 more');
  });

  it('renders an actor with nothing optional as header and mention count only', () => {
    const bare = actor({ id: 'x', name: 'X', type: 'militia' });
    assert.equal(
      renderHoverCard({ actor: bare, factBase: factBase(), today: '2025-01-01', mentionCount: 0, commands: {} }),
      '$(symbol-misc) **X** · militia\n\n---\n\nMentioned 0 times in this document',
    );
  });

  it('uses declared actor types, but only plain codicon names', () => {
    const fb = factBase({ actorTypes: [{ id: 'militia', label: 'Militia *', icon: 'shield' }, { id: 'bad', label: 'Bad', icon: 'x) [evil](command:x' }] });
    const render = (type: string): string => renderHoverCard({ actor: actor({ id: 'x', name: 'X', type }), factBase: fb, today: '2025-01-01', mentionCount: 1, commands: {} }).split('\n')[0]!;
    assert.equal(render('militia'), '$(shield) **X** · Militia \\*');
    assert.equal(render('bad'), '$(symbol-misc) **X** · Bad');
    assert.equal(render('country'), '$(globe) **X** · Country');
    assert.equal(render('organization'), '$(organization) **X** · Organization');
    assert.equal(render('armed-group'), '$(flame) **X** · Armed group');
    assert.equal(render('place'), '$(location) **X** · Place');
    assert.equal(render('constructor'), '$(symbol-misc) **X** · constructor');
  });

  describe('hostile fact base text', () => {
    const evil: Actor = actor({
      id: 'evil',
      name: '[Click](command:workbench.action.terminal.new) $(alert)',
      type: 'person',
      summary: '![x](https://evil.example/p.png) <img src=x onerror=alert(1)> <b>bold</b>\n# Heading\n\n- item `code` *em* _u_ | a & b',
      roles: [{ title: '<script>alert(1)</script>' }],
      facts: [
        fact({
          statement: '[link](https://evil.example "t")',
          date: '2023-07-26',
          sources: [
            { url: 'command:workbench.action.terminal.new', publication: 'Pub' },
            { url: 'javascript:alert(1)' },
            { url: 'https://evil.example/a)b"c $(alert)', title: 'say "hi" $(alert)' },
            { publication: '$(flame) Daily [News]' },
            { quote: { exact: '“quoted” [x](y)', article: '../<x>.news' } },
          ],
        }),
      ],
    });
    const fb = factBase({ actors: [evil, actor({ id: 'mali', name: '**Mali**' })], relations: [relation({ from: 'evil', to: 'mali', type: '[t](command:x)' })] });
    const text = renderHoverCard({ actor: evil, factBase: fb, today: '2025-01-01', mentionCount: 1, commands: {} });

    it('escapes every field so it renders as text', () => {
      assert.equal(
        text,
        [
          '$(person) **\\[Click\\]\\(command\\:workbench\\.action\\.terminal\\.new\\) &#36;\\(alert\\)** · Person',
          '\\!\\[x\\]\\(https\\://evil\\.example/p\\.png\\) \\<img src=x onerror=alert\\(1\\)\\> \\<b\\>bold\\</b\\> \\# Heading \\- item \\`code\\` \\*em\\* \\_u\\_ \\| a \\& b',
          '\\<script\\>alert\\(1\\)\\</script\\>',
          '**Facts**\n\n- 26 Jul 2023: \\[link\\]\\(https\\://evil\\.example "t"\\) — ' +
            'Pub \\(command\\:workbench\\.action\\.terminal\\.new\\), javascript\\:alert\\(1\\), ' +
            '[evil\\.example](https://evil.example/a%29b%22c%20%24%28alert%29 "say \\"hi\\" &#36;(alert)"), ' +
            '&#36;\\(flame\\) Daily \\[News\\], ““quoted” \\[x\\]\\(y\\)” (\\.\\./\\<x\\>\\.news)',
          '**Relations**\n\n- \\[t\\]\\(command\\:x\\) → \\*\\*Mali\\*\\*',
          '---',
          'Mentioned 1 time in this document',
        ].join('\n\n'),
      );
    });

    it('links only to http(s) sources and never to commands it was not given', () => {
      const destinations = [...text.matchAll(/\]\(([^)\s]*)/g)].map((m) => m[1]);
      assert.deepEqual(destinations, ['https://evil.example/a%29b%22c%20%24%28alert%29']);
      assert.ok(!/(^|[^&#\d])\$\((?!person\))/.test(text), 'no codicon syntax but the type icon');
    });
  });
});

describe('markdown helpers', () => {
  it('backslash-escapes every Markdown special and collapses whitespace', () => {
    assert.equal(escapeMarkdown('\\`*_{}[]()#+-.!|<>~&:'), '\\\\\\`\\*\\_\\{\\}\\[\\]\\(\\)\\#\\+\\-\\.\\!\\|\\<\\>\\~\\&\\:');
    assert.equal(escapeMarkdown('a\r\n\tb   c'), 'a b c');
    assert.equal(escapeMarkdown('Niamey — “Goïta”'), 'Niamey — “Goïta”');
    assert.equal(escapeMarkdown(''), '');
  });

  it('neutralises codicon syntax with an entity, which survives Markdown parsing', () => {
    assert.equal(escapeMarkdown('$(alert) costs $5'), '&#36;\\(alert\\) costs &#36;5');
    assert.equal(escapeLinkTitle('a "b" \\ $(c) &'), 'a \\"b\\" \\\\ &#36;(c) \\&');
  });

  it('recognises web URLs and their hosts', () => {
    assert.equal(isWebUrl('https://example.org'), true);
    assert.equal(isWebUrl('HTTP://example.org/x'), true);
    for (const url of ['command:x', 'javascript:alert(1)', 'file:///etc/passwd', 'https://', '//example.org', 'data:text/html,x', ' https://x.org']) {
      assert.equal(isWebUrl(url), false, url);
    }
    assert.equal(urlHost('https://user@www.Example.org:8080/a'), 'example.org');
    assert.equal(urlHost('command:x'), undefined);
  });

  it('makes links only of web URLs, encoding what would end the destination', () => {
    assert.equal(webLink('Le Monde', 'https://lemonde.fr/a b(c)é'), '[Le Monde](https://lemonde.fr/a%20b%28c%29%C3%A9)');
    assert.equal(webLink('x', 'https://x.org/\uD800'), '[x](https://x.org/%EF%BF%BD)');
    assert.equal(webLink('x', 'command:evil'), 'x \\(command\\:evil\\)');
    assert.equal(webLink('command:evil', 'command:evil'), 'command\\:evil');
  });

  it('renders command links with URI-encoded JSON arguments and refuses odd command ids', () => {
    assert.equal(commandLink('Go', { id: 'a.b', args: ['x)(', 1] }, 'Tip'), '[Go](command:a.b?%5B%22x%29%28%22%2C1%5D "Tip")');
    assert.equal(commandLink('Go', { id: 'a.b) [x](command:evil', args: [] }, 'Tip'), 'Go');
  });
});
