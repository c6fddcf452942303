// Cross-report incidents (see link-incidents.ts): the store and the CLI call linkIncidents
// with the events of many reports; it reads no database.
export type {
  FatalityRange,
  Incident,
  IncidentConflict,
  IncidentFigures,
  IncidentGrade,
  LinkInput,
  LinkOptions,
  SideOf,
} from './types.js';
export { linkIncidents } from './link-incidents.js';
export { applyRegroups, type ManualRegroup } from './manual.js';
export { asIncident } from './as-incident.js';
export { buildIncident } from './incident.js';
export { fatalityRange, tollDisagrees, type BestEstimate } from './fatality-range.js';
export { haversineKm } from './places.js';
export { defaultActorLookup, loadActorInfo, type ActorInfo } from './actor-info.js';
