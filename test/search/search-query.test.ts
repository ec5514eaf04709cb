import { describe, expect, it } from 'vitest';
import { readSearchRequest, searchAddress } from '../../src/lib/search-query.ts';

describe('the search page address', () => {
  it('reads the words typed into the header search box', () => {
    expect(readSearchRequest('?q=+dental+checks+')).toEqual({ term: 'dental checks', filters: {} });
  });

  it('searches the young people edition when the search came from a young-person page', () => {
    expect(readSearchRequest('?q=school&edition=young-people')).toEqual({
      term: 'school',
      filters: { edition: ['Young people'] },
    });
  });

  it('ignores an edition it does not know', () => {
    expect(readSearchRequest('?q=school&edition=kids').filters).toEqual({});
  });

  it('opens with no query when there is none', () => {
    expect(readSearchRequest('')).toEqual({ term: '', filters: {} });
  });

  it('writes the search back into the address', () => {
    expect(searchAddress('dental', { edition: ['Young people'] })).toBe('?q=dental&edition=young-people');
    expect(searchAddress('dental', { lead: ['Virtual School Head'] })).toBe('?q=dental');
    expect(searchAddress('', {})).toBe('');
  });
});
