// SQLite schema, in numbered steps (same numbers and names as ../postgres/migrations.ts).
// Dates are ISO text (they sort as text); JSON is text; booleans are 0/1.
import type Database from 'better-sqlite3';
import { checkMigrations, type Migration } from '../migration.js';

/**
 * the filter columns every search index carries (./event-query.ts), and the event's incident: the
 * incident list filters by its events (i.id IN (SELECT e.incident_id …)) without reading rows
 */
export const FILTERS = ['type', 'subtype', 'admin1_key', 'actor1_side', 'actor2_side', 'place_key', 'place_ar_key', 'fatalities', 'report_id', 'multi_day', 'last_date', 'incident_id'];

/** a search index: its key columns, then the other filter columns */
const searchIndex = (name: string, key: string[], where = ''): string =>
  `CREATE INDEX ${name} ON events (${[...key, ...FILTERS.filter((c) => !key.includes(c))].join(', ')})${where};`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: '001_reports',
    sql: `
      CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        ext_id TEXT NOT NULL,
        source TEXT, url TEXT, published TEXT, title TEXT,
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        syndication_group TEXT NOT NULL,
        origin TEXT,
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX reports_syndication_group ON reports (syndication_group);
      CREATE INDEX reports_source ON reports (source);
      -- contentless: the indexed body (normalised text + stems, see ../search-text.ts) is not kept
      -- twice; rowid = reports.id
      CREATE VIRTUAL TABLE report_fts USING fts5 (body, content = '', contentless_delete = 1);`,
  },
  {
    version: 2,
    name: '002_extractions',
    sql: `
      CREATE TABLE extractions (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports (id),
        extractor_version TEXT NOT NULL,
        digest TEXT NOT NULL,
        current INTEGER NOT NULL CHECK (current IN (0, 1)),
        created_at TEXT NOT NULL
      );
      CREATE INDEX extractions_report ON extractions (report_id);
      -- one current extraction per report, enforced by the database as well as by the code
      CREATE UNIQUE INDEX extractions_one_current ON extractions (report_id) WHERE current = 1;
      CREATE TABLE tallies (
        extraction_id INTEGER PRIMARY KEY REFERENCES extractions (id),
        data TEXT NOT NULL
      );
      CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        extraction_id INTEGER NOT NULL REFERENCES extractions (id),
        report_id INTEGER NOT NULL REFERENCES reports (id),
        -- copied from the extraction so that the current-only streaming order has one index
        current INTEGER NOT NULL CHECK (current IN (0, 1)),
        type TEXT NOT NULL, subtype TEXT NOT NULL,
        date TEXT, date_end TEXT, sort_date TEXT NOT NULL, last_date TEXT,
        -- 1 when date_end > date: the few events a date range must also look up before its start
        multi_day INTEGER NOT NULL,
        actor1 TEXT, actor2 TEXT, actor1_side TEXT, actor2_side TEXT,
        admin1 TEXT, admin1_key TEXT,
        place_name TEXT, place_name_ar TEXT, place_key TEXT, place_ar_key TEXT,
        lat REAL, lon REAL,
        fatalities INTEGER,
        data TEXT NOT NULL
      );
      CREATE INDEX events_order ON events (current, sort_date, id);
      CREATE INDEX events_multi_day ON events (current, multi_day, last_date);
      CREATE INDEX events_fatalities ON events (fatalities);
      CREATE INDEX events_report ON events (report_id);
      CREATE INDEX events_extraction ON events (extraction_id);
      CREATE INDEX events_type ON events (type, subtype);
      CREATE INDEX events_admin1 ON events (admin1_key);
      CREATE INDEX events_place ON events (place_key);
      CREATE INDEX events_place_ar ON events (place_ar_key);
      CREATE INDEX events_side1 ON events (actor1_side);
      CREATE INDEX events_side2 ON events (actor2_side);
      CREATE TABLE event_actors (
        event_id INTEGER NOT NULL REFERENCES events (id),
        actor TEXT NOT NULL,
        PRIMARY KEY (actor, event_id)
      ) WITHOUT ROWID;`,
  },
  {
    version: 3,
    name: '003_incidents',
    sql: `
      -- AUTOINCREMENT: ids of replaced incidents are never given to new ones (links stay honest)
      CREATE TABLE incidents (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        data TEXT NOT NULL,
        sources INTEGER NOT NULL,
        date TEXT, date_end TEXT, sort_date TEXT NOT NULL,
        places TEXT NOT NULL
      );
      CREATE INDEX incidents_order ON incidents (sort_date, id);
      CREATE TABLE incident_events (
        incident_id INTEGER NOT NULL REFERENCES incidents (id),
        event_id INTEGER NOT NULL UNIQUE REFERENCES events (id),
        PRIMARY KEY (incident_id, event_id)
      );
      ALTER TABLE events ADD COLUMN incident_id INTEGER REFERENCES incidents (id);
      CREATE INDEX events_incident ON events (incident_id);`,
  },
  {
    version: 4,
    name: '004_review',
    sql: `
      CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      -- tokens and session ids are stored as sha256 hashes only
      CREATE TABLE api_tokens (
        token_hash TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL
      );
      CREATE TABLE sessions (
        id_hash TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users (id),
        expires_at TEXT NOT NULL
      );
      CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        who TEXT,
        at TEXT NOT NULL,
        entity TEXT NOT NULL CHECK (entity IN ('event', 'incident')),
        entity_id INTEGER NOT NULL,
        action TEXT NOT NULL,
        before TEXT, after TEXT, comment TEXT
      );
      CREATE INDEX audit_entity ON audit (entity, entity_id, id);
      -- a person's correction beside the machine's event (events.data is never overwritten)
      CREATE TABLE event_corrections (
        event_id INTEGER PRIMARY KEY REFERENCES events (id),
        data TEXT NOT NULL,
        corrected_by TEXT NOT NULL,
        corrected_at TEXT NOT NULL
      );
      -- no foreign key: putIncidents replaces incidents (ids are never reused)
      CREATE TABLE incident_reviews (
        incident_id INTEGER PRIMARY KEY,
        reviewed_by TEXT NOT NULL,
        reviewed_at TEXT NOT NULL
      );
      -- eventStats sums columns (JSON reads cost seconds at a million events)
      ALTER TABLE events ADD COLUMN civilians INTEGER;
      ALTER TABLE events ADD COLUMN children INTEGER;
      ALTER TABLE events ADD COLUMN women INTEGER;
      UPDATE events SET
        civilians = json_extract(data, '$.fatalities.civilians'),
        children = json_extract(data, '$.fatalities.children'),
        women = json_extract(data, '$.fatalities.women');
      -- incidents overlapping a date range: those starting in it (incidents_order) or spanning into it
      CREATE INDEX incidents_span ON incidents (date_end) WHERE date_end > date;`,
  },
  {
    version: 5,
    name: '005_search_indexes',
    sql: `
      -- Search at a million events (./event-query.ts): a row read from the table costs ~5 µs, an
      -- index entry ~0.1 µs, so each filter column's index is in date order (a LIMIT stops early)
      -- and carries every filter column (the other filters are checked without reading rows). A
      -- minimum toll is only checked there (most tolls match often): no index of its own.
      DROP INDEX events_order; DROP INDEX events_multi_day; DROP INDEX events_type; DROP INDEX events_admin1;
      DROP INDEX events_place; DROP INDEX events_place_ar; DROP INDEX events_side1; DROP INDEX events_side2;
      DROP INDEX events_report; DROP INDEX events_fatalities;
      ${searchIndex('events_order', ['current', 'sort_date', 'id'])}
      ${searchIndex('events_multi_day', ['current', 'last_date', 'sort_date'], ' WHERE multi_day = 1')}
      ${searchIndex('events_type', ['type', 'current', 'sort_date', 'id'])}
      ${searchIndex('events_subtype', ['subtype', 'current', 'sort_date', 'id'])}
      ${searchIndex('events_admin1', ['admin1_key', 'current', 'sort_date', 'id'])}
      ${searchIndex('events_place', ['place_key', 'current', 'sort_date', 'id'])}
      ${searchIndex('events_place_ar', ['place_ar_key', 'current', 'sort_date', 'id'])}
      ${searchIndex('events_side1', ['actor1_side', 'current', 'sort_date', 'id'])}
      ${searchIndex('events_side2', ['actor2_side', 'current', 'sort_date', 'id'])}
      ${searchIndex('events_report', ['report_id', 'current', 'sort_date', 'id'])}
      -- an actor's events in date order too; by event for a correction's rewrite
      CREATE TABLE event_actors_dated (
        actor TEXT NOT NULL,
        sort_date TEXT NOT NULL,
        event_id INTEGER NOT NULL REFERENCES events (id),
        PRIMARY KEY (actor, sort_date, event_id)
      ) WITHOUT ROWID;
      INSERT INTO event_actors_dated SELECT a.actor, e.sort_date, a.event_id FROM event_actors a JOIN events e ON e.id = a.event_id;
      DROP TABLE event_actors;
      ALTER TABLE event_actors_dated RENAME TO event_actors;
      CREATE INDEX event_actors_event ON event_actors (event_id);`,
  },
  {
    version: 7,
    name: '007_user_audit',
    sql: `
      -- account changes join the audit trail (entity 'user'). SQLite cannot change a CHECK in
      -- place: the table is copied into one with the wider CHECK, ids kept, and its index rebuilt.
      CREATE TABLE audit_new (
        id INTEGER PRIMARY KEY,
        who TEXT,
        at TEXT NOT NULL,
        entity TEXT NOT NULL CHECK (entity IN ('event', 'incident', 'user')),
        entity_id INTEGER NOT NULL,
        action TEXT NOT NULL,
        before TEXT, after TEXT, comment TEXT
      );
      INSERT INTO audit_new (id, who, at, entity, entity_id, action, before, after, comment)
        SELECT id, who, at, entity, entity_id, action, before, after, comment FROM audit;
      DROP TABLE audit;
      ALTER TABLE audit_new RENAME TO audit;
      CREATE INDEX audit_entity ON audit (entity, entity_id, id);`,
  },
];

export function schemaVersion(db: Database.Database): number {
  return Math.max(0, ...appliedVersions(db));
}

/** the versions recorded in schema_migrations (see ../migration.ts: not always 1…n) */
function appliedVersions(db: Database.Database): Set<number> {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  return new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
}

/** Apply the missing migrations up to `upTo` (default: all), each in its own transaction. */
export function migrate(db: Database.Database, upTo?: number): void {
  // BEGIN IMMEDIATE: two processes opening a fresh file do not both apply 001
  const apply = db.transaction((m: Migration) => {
    if (appliedVersions(db).has(m.version)) return;
    db.exec(m.sql);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
      m.version,
      m.name,
      new Date().toISOString(),
    );
  });
  for (const m of checkMigrations(MIGRATIONS, appliedVersions(db), upTo)) apply.immediate(m);
}
