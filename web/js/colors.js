// How incidents look on the map and in the timeline: one colour per event type, a radius that
// grows with the square root of the best fatality estimate, colours per casualty category.

/** @type {Record<string, string>} */
export const TYPE_COLORS = {
  battle: '#c0392b',
  explosion_remote_violence: '#e67e22',
  violence_against_civilians: '#8e44ad',
  protest: '#2980b9',
  riot: '#16a085',
  strategic_development: '#7f8c8d',
};

export const EVENT_TYPES = Object.keys(TYPE_COLORS);

/** @type {Record<string, string[]>} */
export const SUBTYPES = {
  battle: ['armed_clash', 'government_regains_territory', 'non_state_actor_overtakes_territory'],
  explosion_remote_violence: ['air_drone_strike', 'shelling_artillery_missile_attack', 'remote_explosive_landmine_ied', 'suicide_bomb', 'grenade', 'chemical_weapon'],
  violence_against_civilians: ['attack', 'abduction_forced_disappearance', 'sexual_violence'],
  protest: ['peaceful_protest', 'protest_with_intervention', 'excessive_force_against_protesters'],
  riot: ['violent_demonstration', 'mob_violence'],
  strategic_development: ['agreement', 'arrests', 'change_to_group_activity', 'disrupted_weapons_use', 'headquarters_or_base_established', 'looting_property_destruction', 'non_violent_transfer_of_territory', 'other'],
};

export const GRADES = ['single_source', 'corroborated', 'contested'];

/** Stacked casualty categories of the timeline, bottom first. */
export const CASUALTY_COLORS = { civilians: '#c0392b', fighters: '#34495e', unknown: '#bdc3c7' };

/** @param {string | null | undefined} type */
export function typeColor(type) {
  return (type && TYPE_COLORS[type]) || '#555';
}

/** Marker radius in pixels for a best fatality estimate (null: no figure). @param {number | null | undefined} best */
export function radiusFor(best) {
  if (!best || best < 0) return 5;
  return Math.min(28, 5 + 3 * Math.sqrt(best));
}
