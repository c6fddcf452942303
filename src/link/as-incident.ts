// An incident as the store keeps it (JSON written by linkIncidents), read back with a shape check.
import type { Incident } from './types.js';

export function asIncident(data: unknown): Incident | null {
  const d = data as Partial<Incident> | null;
  return d && typeof d === 'object' && Array.isArray(d.members) && d.location ? (d as Incident) : null;
}
