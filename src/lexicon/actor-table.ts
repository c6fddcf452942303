// Canonical actors by name and by (group key, country).
import type { ActorDef, GenericActorDef } from './types.js';

export class ActorTable {
  private readonly byName = new Map<string, ActorDef>();
  private readonly byKey = new Map<string, ActorDef[]>();

  constructor(readonly defs: readonly ActorDef[], private readonly generic: ReadonlyMap<string, GenericActorDef>) {
    for (const d of defs) {
      this.byName.set(d.name, d);
      let list = this.byKey.get(d.key);
      if (!list) { list = []; this.byKey.set(d.key, list); }
      list.push(d);
    }
  }

  byActorName(name: string): ActorDef | undefined {
    return this.byName.get(name);
  }

  hasKey(key: string): boolean {
    return this.byKey.has(key);
  }

  /**
   * The actor of group `key` in `country`; else the key's only actor; else its Syrian actor;
   * else null. A generic key resolves through its fallback group key (army_generic → the
   * state military of the country); a generic key without fallback gives null.
   */
  actorFor(key: string, country: string | null): ActorDef | null {
    const g = this.generic.get(key);
    const k = g ? ((country && g.byCountry.get(country)) || g.fallback) : key;
    if (k === null) return null;
    const list = this.byKey.get(k);
    if (!list || list.length === 0) return null;
    if (country) {
      const exact = list.find((d) => d.country === country);
      if (exact) return exact;
    }
    if (list.length === 1) return list[0]!;
    return list.find((d) => d.country === 'SY') ?? null;
  }
}
