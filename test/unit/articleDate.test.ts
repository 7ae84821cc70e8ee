import * as assert from 'node:assert/strict';
import { articleDate } from '../../src/core/articleDate';

describe('articleDate', () => {
  it('reads a date line at the top', () => {
    assert.equal(articleDate('date 2024-01-28\n\nNiger, Mali and Burkina Faso announced…'), '2024-01-28');
    assert.equal(articleDate('Date: 2024-01-28\nText'), '2024-01-28');
    assert.equal(articleDate('date:2024-01-28T10:00:00Z\nText'), '2024-01-28');
    assert.equal(articleDate('date2024-01-28\nText'), undefined);
  });

  it('skips blank lines and tolerates a BOM, CRLF and surrounding spaces', () => {
    assert.equal(articleDate('\uFEFF\r\n  \r\n  date 2023-08-16  \r\nNiamey —'), '2023-08-16');
    assert.equal(articleDate('\uFEFFdate 2023-08-16\r\n'), '2023-08-16');
  });

  it('only looks at the first non-empty line', () => {
    assert.equal(articleDate('Niamey, Niger\ndate 2024-01-28\n'), undefined);
    assert.equal(articleDate('The update on 2024-01-28\n'), undefined);
  });

  it('reads front matter, plain, quoted or with a time', () => {
    assert.equal(articleDate('---\ntitle: Exit from ECOWAS\ndate: 2024-01-28\n---\nText'), '2024-01-28');
    assert.equal(articleDate('---\r\ndate: "2024-01-28"\r\n---\r\n'), '2024-01-28');
    assert.equal(articleDate("---\ndate: '2024-01-28T10:00:00Z'\n...\n"), '2024-01-28');
    assert.equal(articleDate('---\ndate: 2024-01-28T23:30:00+01:00\n---\n'), '2024-01-28');
    assert.equal(articleDate('\uFEFF---\nDate: 2024-01-28 10:00\n---\n'), '2024-01-28');
  });

  it('reads a YAML 1.1 timestamp that parses to a Date', () => {
    assert.equal(articleDate('---\ndate: !!timestamp 2024-01-28\n---\n'), '2024-01-28');
  });

  it('gives undefined, never a throw, for bad YAML and front matter without a date', () => {
    assert.equal(articleDate('---\ndate: [2024-01-28\n---\n'), undefined);
    assert.equal(articleDate('---\ndate: 2024-01-28\nText that never closes the front matter'), undefined);
    assert.equal(articleDate('---\ntitle: no date\n---\ndate 2024-01-28'), undefined);
    assert.equal(articleDate('---\n- 2024-01-28\n---\n'), undefined);
    assert.equal(articleDate('---\ndate: 20240128\n---\n'), undefined);
    assert.equal(articleDate('---\na: &a [1,1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\ndate: 2024-01-28\n---\n'), undefined);
    assert.equal(articleDate('---\n\t: :\n---\n'), undefined);
  });

  it('rejects impossible dates and empty text', () => {
    assert.equal(articleDate('date 2023-02-29\n'), undefined);
    assert.equal(articleDate('---\ndate: 2023-13-01\n---\n'), undefined);
    assert.equal(articleDate(''), undefined);
    assert.equal(articleDate('\n\n'), undefined);
  });
});
