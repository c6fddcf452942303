// The SQL of `audit(filter)`, written once for both databases.
import { checkCount } from './event-where.js';
import { AUDIT_COLUMNS } from './rows.js';
import type { SqlParams } from './sql-params.js';
import type { AuditFilter } from './types.js';

export function auditSql(f: AuditFilter, p: SqlParams): string {
  checkCount('limit', f.limit);
  const w = ['1 = 1'];
  if (f.entity !== undefined) w.push(`entity = ${p.add(f.entity)}`);
  if (f.entities !== undefined) w.push(f.entities.length ? `entity IN (${f.entities.map((e) => p.add(e)).join(', ')})` : '1 = 0');
  if (f.entityId !== undefined) w.push(`entity_id = ${p.add(f.entityId)}`);
  if (f.actions !== undefined) w.push(f.actions.length ? `action IN (${f.actions.map((a) => p.add(a)).join(', ')})` : '1 = 0');
  const limit = f.oldestFirst && f.limit === undefined ? '' : ` LIMIT ${p.add(f.limit ?? 100)}`;
  return `SELECT ${AUDIT_COLUMNS} FROM audit WHERE ${w.join(' AND ')} ORDER BY id ${f.oldestFirst ? 'ASC' : 'DESC'}${limit}`;
}
