// Codebook type and sub-type keys → the labels ACLED writes, and ACLED's disorder type.

export const ACLED_EVENT_TYPES: Readonly<Record<string, string>> = {
  battle: 'Battles',
  explosion_remote_violence: 'Explosions/Remote violence',
  violence_against_civilians: 'Violence against civilians',
  protest: 'Protests',
  riot: 'Riots',
  strategic_development: 'Strategic developments',
};

export const ACLED_SUB_TYPES: Readonly<Record<string, string>> = {
  armed_clash: 'Armed clash',
  government_regains_territory: 'Government regains territory',
  non_state_actor_overtakes_territory: 'Non-state actor overtakes territory',
  air_drone_strike: 'Air/drone strike',
  shelling_artillery_missile_attack: 'Shelling/artillery/missile attack',
  remote_explosive_landmine_ied: 'Remote explosive/landmine/IED',
  suicide_bomb: 'Suicide bomb',
  grenade: 'Grenade',
  chemical_weapon: 'Chemical weapon',
  attack: 'Attack',
  abduction_forced_disappearance: 'Abduction/forced disappearance',
  sexual_violence: 'Sexual violence',
  peaceful_protest: 'Peaceful protest',
  protest_with_intervention: 'Protest with intervention',
  excessive_force_against_protesters: 'Excessive force against protesters',
  violent_demonstration: 'Violent demonstration',
  mob_violence: 'Mob violence',
  agreement: 'Agreement',
  arrests: 'Arrests',
  change_to_group_activity: 'Change to group/activity',
  disrupted_weapons_use: 'Disrupted weapons use',
  headquarters_or_base_established: 'Headquarters or base established',
  looting_property_destruction: 'Looting/property destruction',
  non_violent_transfer_of_territory: 'Non-violent transfer of territory',
  other: 'Other',
};

/** A key the table lacks is written as is: an unexpected type stays visible in the export. */
export function acledEventType(type: string): string {
  return ACLED_EVENT_TYPES[type] ?? type;
}

export function acledSubType(subtype: string): string {
  return ACLED_SUB_TYPES[subtype] ?? subtype;
}

/**
 * ACLED's disorder type: excessive force against protesters counts as both; mob violence is
 * political violence, violent demonstrations are demonstrations.
 */
export function disorderType(type: string, subtype: string): string {
  if (subtype === 'excessive_force_against_protesters') return 'Political violence; Demonstrations';
  if (subtype === 'mob_violence') return 'Political violence';
  if (type === 'protest' || type === 'riot') return 'Demonstrations';
  if (type === 'strategic_development') return 'Strategic developments';
  return 'Political violence';
}
