import { describe, expect, test } from 'vitest';
import { compareEdtf, dateQualifiers, formatEdtf, isoDatetime, isValidEdtf, parseEdtf, seasonBounds, spanRange, startYear, timeParts } from './dates.ts';

const utc = (iso: string) => Date.parse(iso);

describe('isValidEdtf', () => {
  test('accepts days, months, years, qualifiers, seasons and intervals', () => {
    for (const value of ['2017-12-01', '2014-11', '1993', '2014-11~', '1993?', '2015%', '2012-23', '2014/2015-10', '2014-11/..']) {
      expect(isValidEdtf(value), value).toBe(true);
    }
  });

  test('rejects impossible months and days, and free text', () => {
    for (const value of ['2024-13', '2017-02-30', 'late 2014', '', '14-11-2014']) {
      expect(isValidEdtf(value), value).toBe(false);
    }
  });
});

describe('parseEdtf', () => {
  test('a season spans its three meteorological months, not a calendar quarter', () => {
    expect(parseEdtf('2012-23')).toMatchObject({ start: utc('2012-09-01T00:00:00.000Z'), end: utc('2012-11-30T23:59:59.999Z'), precision: 'season' });
    expect(parseEdtf('2012-21')).toMatchObject({ start: utc('2012-03-01T00:00:00.000Z'), end: utc('2012-05-31T23:59:59.999Z') });
  });

  test('winter runs into the next year; the southern hemisphere has its own seasons', () => {
    expect(seasonBounds(2012, 24)).toEqual({ start: utc('2012-12-01T00:00:00.000Z'), end: utc('2013-02-28T23:59:59.999Z') });
    expect(seasonBounds(2012, 31)).toEqual({ start: utc('2012-03-01T00:00:00.000Z'), end: utc('2012-05-31T23:59:59.999Z') });
  });

  test('quarters and other season codes keep the edtf package\'s reading', () => {
    expect(seasonBounds(2012, 35)).toBeUndefined();
    expect(parseEdtf('2012-35')).toMatchObject({ start: utc('2012-07-01T00:00:00.000Z'), end: utc('2012-09-30T23:59:59.999Z') });
  });

  test('a day is one day long, exact and not a range', () => {
    const range = parseEdtf('2017-12-01');
    expect(range.start).toBe(utc('2017-12-01T00:00:00.000Z'));
    expect(range.end).toBe(utc('2017-12-01T23:59:59.999Z'));
    expect(range).toMatchObject({ precision: 'day', uncertain: false, isRange: false, openEnd: false });
  });

  test('a month spans the whole month', () => {
    const range = parseEdtf('2014-11');
    expect(range.start).toBe(utc('2014-11-01T00:00:00.000Z'));
    expect(range.end).toBe(utc('2014-11-30T23:59:59.999Z'));
    expect(range).toMatchObject({ precision: 'month', uncertain: false, isRange: true });
  });

  test('a year spans the whole year', () => {
    const range = parseEdtf('1993');
    expect(range.start).toBe(utc('1993-01-01T00:00:00.000Z'));
    expect(range.end).toBe(utc('1993-12-31T23:59:59.999Z'));
    expect(range.precision).toBe('year');
  });

  test('approximate (~), uncertain (?) and both (%) are uncertain', () => {
    expect(parseEdtf('2014-11~').uncertain).toBe(true);
    expect(parseEdtf('1993?').uncertain).toBe(true);
    expect(parseEdtf('2015%').uncertain).toBe(true);
    expect(parseEdtf('2014-11~').precision).toBe('month');
  });

  test('an interval runs from the start of its first part to the end of its last', () => {
    const range = parseEdtf('2014-11/2015-10');
    expect(range.start).toBe(utc('2014-11-01T00:00:00.000Z'));
    expect(range.end).toBe(utc('2015-10-31T23:59:59.999Z'));
    expect(range).toMatchObject({ precision: 'interval', uncertain: false, isRange: true, openEnd: false });
  });

  test('an interval with an approximate end is uncertain', () => {
    expect(parseEdtf('2015-10~/2016~').uncertain).toBe(true);
  });

  test('an interval with an open end is ongoing, one with an empty end has an unknown end; both end where they start', () => {
    const ongoing = parseEdtf('2021/..');
    expect(ongoing.openEnd).toBe('ongoing');
    expect(ongoing.end).toBe(ongoing.start);
    const unknown = parseEdtf('2013-09/');
    expect(unknown.openEnd).toBe('unknown');
    expect(unknown.end).toBe(unknown.start);
    expect(parseEdtf('2014/2015').openEnd).toBe(false);
  });
});

describe('formatEdtf', () => {
  test('writes dates for readers at their own precision', () => {
    expect(formatEdtf('2017-12-01')).toBe('1 Dec 2017');
    expect(formatEdtf('2014-11')).toBe('Nov 2014');
    expect(formatEdtf('1993')).toBe('1993');
  });

  test('shows uncertainty in words and marks', () => {
    expect(formatEdtf('2014-11~')).toBe('c. Nov 2014');
    expect(formatEdtf('1993?')).toBe('1993?');
    expect(formatEdtf('2012-23')).toBe('autumn 2012');
  });

  test('writes intervals with a dash, an open end as "present" and an empty one as "end unknown"', () => {
    expect(formatEdtf('2014-11/2015-10')).toBe('Nov 2014 – Oct 2015');
    expect(formatEdtf('2021/..')).toBe('2021 – present');
    expect(formatEdtf('2013-09/')).toBe('Sep 2013 – end unknown');
    expect(formatEdtf('../2015')).toBe('… – 2015');
    expect(formatEdtf('2015-22/2015-22')).toBe('summer 2015');
  });
});

describe('sorting and machine-readable forms', () => {
  test('compareEdtf orders by start, then by end', () => {
    const sorted = ['2020-01-23', '2017', '2017-12-01', '1993?'].sort(compareEdtf);
    expect(sorted).toEqual(['1993?', '2017', '2017-12-01', '2020-01-23']);
  });

  test('isoDatetime keeps the written precision', () => {
    expect(isoDatetime('2017-12-01')).toBe('2017-12-01');
    expect(isoDatetime('2014-11~')).toBe('2014-11');
    expect(isoDatetime('1993?')).toBe('1993');
  });

  test('isoDatetime gives a season its year, never an invented day', () => {
    expect(isoDatetime('2012-23')).toBe('2012');
  });

  test('timeParts gives one <time> for a date and two for an interval, none for an open end', () => {
    expect(timeParts('2017-12-01')).toEqual([{ text: '1 Dec 2017', datetime: '2017-12-01' }]);
    expect(timeParts('2014-11~/2015-10')).toEqual([
      { text: 'c. Nov 2014', datetime: '2014-11' },
      { text: 'Oct 2015', datetime: '2015-10' },
    ]);
    expect(timeParts('2021/..')).toEqual([{ text: '2021', datetime: '2021' }, { text: 'present' }]);
    expect(timeParts('2013-09/')).toEqual([{ text: 'Sep 2013', datetime: '2013-09' }, { text: 'end unknown' }]);
    expect(timeParts('2015-22/2015-22')).toEqual([{ text: 'summer 2015', datetime: '2015' }]);
  });

  test('dateQualifiers tells approximate (~) from uncertain (?), and % as both, on either end', () => {
    expect(dateQualifiers('2017-12-01')).toEqual({ approximate: false, uncertain: false });
    expect(dateQualifiers('2014-11~')).toEqual({ approximate: true, uncertain: false });
    expect(dateQualifiers('1993?')).toEqual({ approximate: false, uncertain: true });
    expect(dateQualifiers('2015%')).toEqual({ approximate: true, uncertain: true });
    expect(dateQualifiers('2014/2015-10?')).toEqual({ approximate: false, uncertain: true });
  });

  test('startYear is the year the date starts in', () => {
    expect(startYear('2014-11/2015-10')).toBe(2014);
  });
});

describe('spanRange', () => {
  test('runs from the start of one date to the end of another, even where EDTF has no interval form', () => {
    const range = spanRange('2012-23', '2012-12');
    expect(range.edtf).toBe('2012-23/2012-12');
    expect(range.end).toBe(utc('2012-12-31T23:59:59.999Z'));
    expect(range.uncertain).toBe(false);
  });

  test('is ongoing to ONGOING, has an unknown end without one, and is uncertain when either end is', () => {
    expect(spanRange('2021', '..')).toMatchObject({ edtf: '2021/..', openEnd: 'ongoing' });
    expect(spanRange('2013-09')).toMatchObject({ edtf: '2013-09/', openEnd: 'unknown' });
    expect(spanRange('2014-11', '2015-10~').uncertain).toBe(true);
  });
});
