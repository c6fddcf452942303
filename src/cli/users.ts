// `rasid users add --role R NAME`: a new user with a one-time password (for the web login) and an
// API token (for scripts), printed once and stored only as hashes. `rasid users list`.
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { hashPassword, hashSecret, newPassword, newSecret, ROLES } from '../api/index.js';
import type { Role } from '../store/types.js';
import { DB_HELP, DB_OPTION, withStore } from './db.js';
import { CliError, EXIT } from './errors.js';
import { write } from './write.js';

export const USERS_HELP = `usage: rasid users add --role viewer|analyst|admin NAME
       rasid users list

  add    creates the user and prints a password (for the web login) and an API token
         (Authorization: Bearer <token>), each shown once and stored as a hash only
  list   the users and their roles

roles: viewer reads; analyst and admin also correct events, review, merge and split
incidents, and add reports.

options:
${DB_HELP}
  --role ROLE    viewer, analyst or admin (add)
`;

export async function runUsers(argv: string[], out: Writable = process.stdout): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...DB_OPTION, role: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  const [sub, ...names] = positionals;
  if (values.help || sub === undefined) {
    out.write(USERS_HELP);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  if (sub === 'list') {
    return withStore(values.db, 'read', async (store) => {
      for (const u of await store.users()) await write(out, `${u.name}\t${u.role}\t${u.createdAt}\n`);
      return EXIT.ok;
    });
  }
  if (sub !== 'add') throw new CliError(`users: expected add or list, found "${sub}"\n${USERS_HELP}`, EXIT.usage);
  const role = values.role as Role | undefined;
  if (!role || !ROLES.includes(role)) throw new CliError(`--role: expected one of ${ROLES.join(', ')}, found ${role === undefined ? 'nothing' : `"${role}"`}`, EXIT.usage);
  const name = names[0];
  if (names.length !== 1 || !name || !/^[\p{L}\p{N}._@-]{1,64}$/u.test(name))
    throw new CliError(`users add: expected one NAME (letters, digits, . _ @ -; up to 64), found ${names.length ? names.map((n) => `"${n}"`).join(' ') : 'nothing'}`, EXIT.usage);
  const password = newPassword();
  const token = newSecret();
  const passwordHash = await hashPassword(password);
  return withStore(values.db, 'write', async (store) => {
    if (await store.userByName(name)) throw new CliError(`users add: expected a new name, found "${name}" already a user`, EXIT.usage);
    const user = await store.putUser({ name, role, passwordHash });
    await store.putToken(hashSecret(token), user.id);
    await write(out, `user:     ${name} (${role})\npassword: ${password}\ntoken:    ${token}\n(shown once; stored as hashes only)\n`);
    return EXIT.ok;
  });
}
