// The countries of the region: ISO numeric code and alpha-3 (ACLED's iso and event id
// prefix), name, ACLED region and UCDP region, by the alpha-2 code the gazetteer writes.

export interface Country {
  readonly iso: number;
  readonly iso3: string;
  readonly name: string;
  readonly acledRegion: string;
  readonly ucdpRegion: string;
}

const C = (iso: number, iso3: string, name: string, acledRegion: string, ucdpRegion: string): Country => ({
  iso,
  iso3,
  name,
  acledRegion,
  ucdpRegion,
});

export const COUNTRIES: Readonly<Record<string, Country>> = {
  SY: C(760, 'SYR', 'Syria', 'Middle East', 'Middle East'),
  IQ: C(368, 'IRQ', 'Iraq', 'Middle East', 'Middle East'),
  YE: C(887, 'YEM', 'Yemen', 'Middle East', 'Middle East'),
  LB: C(422, 'LBN', 'Lebanon', 'Middle East', 'Middle East'),
  PS: C(275, 'PSE', 'Palestine', 'Middle East', 'Middle East'),
  IL: C(376, 'ISR', 'Israel', 'Middle East', 'Middle East'),
  JO: C(400, 'JOR', 'Jordan', 'Middle East', 'Middle East'),
  IR: C(364, 'IRN', 'Iran', 'Middle East', 'Middle East'),
  SA: C(682, 'SAU', 'Saudi Arabia', 'Middle East', 'Middle East'),
  TR: C(792, 'TUR', 'Turkey', 'Middle East', 'Europe'),
  EG: C(818, 'EGY', 'Egypt', 'Northern Africa', 'Middle East'),
  LY: C(434, 'LBY', 'Libya', 'Northern Africa', 'Africa'),
  SD: C(729, 'SDN', 'Sudan', 'Northern Africa', 'Africa'),
  SS: C(728, 'SSD', 'South Sudan', 'Eastern Africa', 'Africa'),
};

export function countryOf(iso2: string | null | undefined): Country | undefined {
  return iso2 ? COUNTRIES[iso2.toUpperCase()] : undefined;
}
