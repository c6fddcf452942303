// `rasid users add --role R NAME`: a new user with a one-time password (for the web login) and an
// API token (for scripts), printed once and stored only as hashes. `rasid users list`. Every
// change is audited as made by the OS user running the command (or "cli" when it has no name).
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { hashPassword, hashSecret, newPassword, newSecret, ROLES, USER_NAME } from '../api/index.js';
import type { AccountChangeBy, Role } from '../store/types.js';
import { DB_HELP, DB_OPTION, withStore } from './db.js';
import { CliError, EXIT } from './errors.js';
import { write } from './write.js';

export const USERS_HELP = `usage: rasid users add --role viewer|analyst|admin NAME
       rasid users list
       rasid users role --role viewer|analyst|admin NAME
       rasid users passwd NAME
       rasid users token NAME
       rasid users revoke NAME
       rasid users remove NAME

  add     creates the user and prints a password (for the web login) and an API token
          (Authorization: Bearer <token>), each shown once and stored as a hash only
  list    the users and their roles
  role    gives the user another role
  passwd  sets a new one-time password (printed once) and ends the user's sessions
  token   prints a new API token for the user (the others stay valid)
  revoke  revokes every API token of the user and ends their sessions
  remove  removes the user, its tokens and sessions (the audit trail keeps the name)

roles: viewer reads; analyst and admin also correct events, review, merge and split
incidents, and add reports; admin also manages users and tokens (here or at /api/users).
Every change is kept in the audit trail as made by the OS user running the command
(admins read it at /api/audit?entity=user); passwords and tokens never are.

options:
${DB_HELP}
  --role ROLE    viewer, analyst or admin (add, role)
`;

/** who changes accounts from the command line: the OS user, else "cli" (e.g. a uid with no passwd entry) */
export function cliActor(sub: string, osUser: () => string = () => userInfo().username): AccountChangeBy {
  let who = '';
  try {
    who = osUser();
  } catch {
    // userInfo() throws when the uid has no name (containers): the trail says "cli"
  }
  return { who: who || 'cli', comment: `command line: rasid users ${sub}` };
}

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
  if (sub !== undefined && ADMIN.has(sub)) return admin(sub, names, values.db, values.role as Role | undefined, out);
  if (sub !== 'add') throw new CliError(`users: expected add, list, role, passwd, token, revoke or remove, found "${sub}"\n${USERS_HELP}`, EXIT.usage);
  const role = values.role as Role | undefined;
  if (!role || !ROLES.includes(role)) throw new CliError(`--role: expected one of ${ROLES.join(', ')}, found ${role === undefined ? 'nothing' : `"${role}"`}`, EXIT.usage);
  const name = names[0];
  if (names.length !== 1 || !name || !USER_NAME.test(name))
    throw new CliError(`users add: expected one NAME (letters, digits, . _ @ -; up to 64), found ${names.length ? names.map((n) => `"${n}"`).join(' ') : 'nothing'}`, EXIT.usage);
  const password = newPassword();
  const token = newSecret();
  const passwordHash = await hashPassword(password);
  return withStore(values.db, 'write', async (store) => {
    if (await store.userByName(name)) throw new CliError(`users add: expected a new name, found "${name}" already a user`, EXIT.usage);
    const by = cliActor('add');
    const user = await store.putUser({ name, role, passwordHash }, by);
    await store.putToken(hashSecret(token), user.id, by);
    await write(out, `user:     ${name} (${role})\npassword: ${password}\ntoken:    ${token}\n(shown once; stored as hashes only)\n`);
    return EXIT.ok;
  });
}

const ADMIN = new Set(['role', 'passwd', 'token', 'revoke', 'remove']);

/** role, passwd, token, revoke, remove: one existing user named. */
async function admin(sub: string, names: string[], db: string, role: Role | undefined, out: Writable): Promise<number> {
  const name = names[0];
  if (names.length !== 1 || !name) throw new CliError(`users ${sub}: expected one NAME, found ${names.length ? names.map((n) => `"${n}"`).join(' ') : 'nothing'}`, EXIT.usage);
  if (sub === 'role' && (!role || !ROLES.includes(role)))
    throw new CliError(`--role: expected one of ${ROLES.join(', ')}, found ${role === undefined ? 'nothing' : `"${role}"`}`, EXIT.usage);
  const password = sub === 'passwd' ? newPassword() : null;
  const passwordHash = password ? await hashPassword(password) : null;
  return withStore(db, 'write', async (store) => {
    const user = await store.userByName(name);
    if (!user) throw new CliError(`users ${sub}: expected a known user, found "${name}" unknown`, EXIT.usage);
    const by = cliActor(sub);
    if (sub === 'role') {
      await store.updateUser(user.id, { role: role! }, by);
      await write(out, `${name}\t${role}\n`);
    } else if (sub === 'passwd') {
      await store.updateUser(user.id, { passwordHash: passwordHash! }, by);
      await store.deleteSessions(user.id);
      await write(out, `user:     ${name}\npassword: ${password}\n(shown once; stored as a hash only; the user's sessions ended)\n`);
    } else if (sub === 'token') {
      const token = newSecret();
      await store.putToken(hashSecret(token), user.id, by);
      await write(out, `user:  ${name}\ntoken: ${token}\n(shown once; stored as a hash only)\n`);
    } else if (sub === 'revoke') {
      const n = await store.revokeTokens(user.id, by);
      await store.deleteSessions(user.id);
      await write(out, `${name}: ${n} token${n === 1 ? '' : 's'} revoked, sessions ended\n`);
    } else {
      await store.deleteUser(user.id, by);
      await write(out, `${name}: removed\n`);
    }
    return EXIT.ok;
  });
}
