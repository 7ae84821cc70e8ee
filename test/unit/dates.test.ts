import * as assert from 'node:assert/strict';
import {
  compareDates,
  endsBefore,
  firstDay,
  formatDate,
  formatInterval,
  gapInDays,
  isValidAt,
  isValidPartialDate,
  lastDay,
} from '../../src/core/dates';

describe('dates', () => {
  describe('isValidPartialDate', () => {
    it('accepts years, months and days', () => {
      for (const s of ['2023', '2023-07', '2023-07-26', '0001', '2023-12-31']) assert.equal(isValidPartialDate(s), true, s);
    });

    it('honours leap years, including the century rules', () => {
      assert.equal(isValidPartialDate('2024-02-29'), true);
      assert.equal(isValidPartialDate('2023-02-29'), false);
      assert.equal(isValidPartialDate('2000-02-29'), true);
      assert.equal(isValidPartialDate('1900-02-29'), false);
    });

    it('rejects impossible and malformed dates', () => {
      const bad = ['', '23', '2023-7', '2023-00', '2023-13', '2023-04-31', '2023-01-00', '2023-01-32', '2023-07-26T10:00', ' 2023', '2023/07/26', '２０２３'];
      for (const s of bad) assert.equal(isValidPartialDate(s), false, JSON.stringify(s));
    });
  });

  it('compares by start, coarser first, invalid last', () => {
    const sorted = ['2023-07-26', 'junk', '2023', '2022-12-31', '2023-07', '2023-06-30'].sort(compareDates);
    assert.deepEqual(sorted, ['2022-12-31', '2023', '2023-06-30', '2023-07', '2023-07-26', 'junk']);
    assert.equal(compareDates('2023-07', '2023-07'), 0);
  });

  it('expands partial dates to their first and last days', () => {
    assert.equal(firstDay('2023'), '2023-01-01');
    assert.equal(lastDay('2023'), '2023-12-31');
    assert.equal(firstDay('2023-07'), '2023-07-01');
    assert.equal(lastDay('2023-07'), '2023-07-31');
    assert.equal(lastDay('2024-02'), '2024-02-29');
    assert.equal(lastDay('2023-02'), '2023-02-28');
    assert.equal(lastDay('2023-07-26'), '2023-07-26');
    assert.equal(firstDay('2023-02-30'), undefined);
  });

  describe('isValidAt', () => {
    it('reads a partial since as its first day and a partial until as its last', () => {
      const july = { since: '2023-07', until: '2023-07' };
      assert.equal(isValidAt(july, '2023-07-01'), true);
      assert.equal(isValidAt(july, '2023-07-31'), true);
      assert.equal(isValidAt(july, '2023-06-30'), false);
      assert.equal(isValidAt(july, '2023-08-01'), false);
      assert.equal(isValidAt({ since: '2023' }, '2023-01-01'), true);
      assert.equal(isValidAt({ until: '2023' }, '2023-12-31'), true);
      assert.equal(isValidAt({ until: '2023' }, '2024-01-01'), false);
    });

    it('includes both bounds of a day range', () => {
      const presidency = { since: '2021-04-02', until: '2023-07-26' };
      assert.equal(isValidAt(presidency, '2021-04-02'), true);
      assert.equal(isValidAt(presidency, '2023-07-26'), true);
      assert.equal(isValidAt(presidency, '2023-07-27'), false);
      assert.equal(isValidAt(presidency, '2021-04-01'), false);
    });

    it('treats missing or invalid bounds as open and a partial date as any of its days', () => {
      assert.equal(isValidAt({}, '1900'), true);
      assert.equal(isValidAt({ since: 'soon' }, '1900'), true);
      assert.equal(isValidAt({ since: '2023-07-26' }, '2023-07'), true);
      assert.equal(isValidAt({ until: '2023-07-26' }, '2023'), true);
      assert.equal(isValidAt({ since: '2023-08-01' }, '2023-07'), false);
    });

    it('matches nothing at an invalid date', () => {
      assert.equal(isValidAt({}, '2023-02-29'), false);
    });
  });

  it('knows when an interval ended before a date', () => {
    assert.equal(endsBefore({ until: '2023-07-26' }, '2023-08-16'), true);
    assert.equal(endsBefore({ until: '2023-07' }, '2023-07-31'), false);
    assert.equal(endsBefore({ until: '2023-07' }, '2023-08'), true);
    assert.equal(endsBefore({ since: '2020' }, '2030'), false);
    assert.equal(endsBefore({ until: '2023-07-26' }, 'later'), false);
  });

  it('measures the gap in days between intervals, across leap days', () => {
    assert.equal(gapInDays({ since: '2024-02-28', until: '2024-02-28' }, { since: '2024-03-01', until: '2024-03-01' }), 2);
    assert.equal(gapInDays({ since: '2023-02-28', until: '2023-02-28' }, { since: '2023-03-01', until: '2023-03-01' }), 1);
    assert.equal(gapInDays({ since: '2023-07', until: '2023-07' }, { since: '2023-07-15', until: '2023-07-15' }), 0);
    assert.equal(gapInDays({ since: '2023-08-16', until: '2023-08-16' }, { since: '2023-07-26', until: '2023-07-26' }), 21);
    assert.equal(gapInDays({ until: '2020' }, { since: '2021-01-01' }), 1);
    assert.equal(gapInDays({ since: '2024', until: '2023' }, {}), Infinity);
  });

  it('formats dates for display', () => {
    assert.equal(formatDate('2023-07-26'), '26 Jul 2023');
    assert.equal(formatDate('2021-04-02'), '2 Apr 2021');
    assert.equal(formatDate('2023-07'), 'Jul 2023');
    assert.equal(formatDate('2023'), '2023');
    assert.equal(formatDate('0099-12-31'), '31 Dec 0099');
    assert.equal(formatDate('2023-02-29'), '2023-02-29');
  });

  it('formats intervals', () => {
    assert.equal(formatInterval({ since: '2021-04-02' }), 'since 2 Apr 2021');
    assert.equal(formatInterval({ until: '2023-07-26' }), 'until 26 Jul 2023');
    assert.equal(formatInterval({ since: '2021-04', until: '2023' }), 'Apr 2021 – 2023');
    assert.equal(formatInterval({}), undefined);
  });
});
