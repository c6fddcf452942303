import { describe, expect, it } from 'vitest';
import { applyRegroups } from './manual.js';

const sorted = (gs: string[][]): string[][] => gs.map((g) => [...g].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));

describe('applyRegroups', () => {
  it('merges the groups now holding the merged events, with what linking added to them', () => {
    expect(sorted(applyRegroups([['a', 'n'], ['b'], ['c']], [{ kind: 'merge', eventIds: ['a', 'b'] }]))).toEqual([
      ['a', 'b', 'n'],
      ['c'],
    ]);
  });

  it('takes a split-off part out of the group that holds the rest, and keeps it together', () => {
    const ops = [{ kind: 'split' as const, moved: ['b', 'c'], rest: ['a'] }];
    expect(sorted(applyRegroups([['a', 'b', 'n'], ['c', 'm']], ops))).toEqual([['a', 'n'], ['b', 'c', 'm']]);
  });

  it('replays in order: a later split undoes part of a merge; unknown events are ignored', () => {
    const ops = [
      { kind: 'merge' as const, eventIds: ['a', 'b', 'gone'] },
      { kind: 'split' as const, moved: ['b'], rest: ['a'] },
    ];
    expect(sorted(applyRegroups([['a'], ['b'], ['c']], ops))).toEqual([['a'], ['b'], ['c']]);
    expect(applyRegroups([['a']], [{ kind: 'merge', eventIds: ['x', 'y'] }])).toEqual([['a']]);
  });
});
