import { describe, expect, it } from 'vitest';
import type { Entity } from '../types.ts';
import { entitiesNamedBy } from './entities-named-by.ts';

// 'Президент РК Касым-Жомарт Токаев заявил, что Казахстан …'
//            13 ^  ^16            32 ^
const tokayev: Entity = {
  id: 'per-tokaev',
  name: 'Касым-Жомарт Токаев',
  type: 'PER',
  mentions: [
    { start: 0, end: 12, kind: 'description' },
    { start: 13, end: 32, kind: 'name' },
  ],
};
const kazakhstan: Entity = {
  id: 'loc-kazakhstan',
  name: 'Казахстан',
  type: 'LOC',
  mentions: [{ start: 10, end: 12, kind: 'abbrev' }],
};

describe('entitiesNamedBy', () => {
  it('names the entity whose name a hit falls in', () => {
    expect(entitiesNamedBy([{ start: 26, end: 32 }], [tokayev, kazakhstan])).toEqual(['per-tokaev']);
  });

  it('does not count descriptions as naming', () => {
    expect(entitiesNamedBy([{ start: 0, end: 9 }], [tokayev, kazakhstan])).toEqual([]);
  });

  it('orders by how many mentions the hits name', () => {
    expect(
      entitiesNamedBy(
        [
          { start: 10, end: 12 },
          { start: 26, end: 32 },
        ],
        [tokayev, kazakhstan],
      ),
    ).toEqual(['per-tokaev', 'loc-kazakhstan']);
  });
});
