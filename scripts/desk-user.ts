// Manages the desk's accounts: `npm run desk:user -- add <name> --role writer|editor`, `passwd <name>`, `remove <name>`, `list`.
// The password is asked for twice without echo, or read from the first line of standard input when it is piped.
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { readUsers, usersFilePath, writeUsers } from '../lib/desk/users-file';
import { addUser, changePassword, removeUser, type UsersChange } from '../lib/desk/users';

const USAGE = [
  'usage: npm run desk:user -- add <name> --role writer|editor',
  '       npm run desk:user -- passwd <name>',
  '       npm run desk:user -- remove <name>',
  '       npm run desk:user -- list',
].join('\n');

function finish(output: string, code: number): void {
  (code ? process.stderr : process.stdout).write(output, () => process.exit(code));
}

async function readPiped(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.split(/\r?\n/)[0];
}

/** Asks for a line without showing what is typed. */
function askHidden(question: string): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const mutable = rl as unknown as { _writeToOutput: (s: string) => void };
  let prompted = false;
  mutable._writeToOutput = (s: string) => {
    if (!prompted) process.stdout.write(s);
    prompted = true;
  };
  return new Promise((resolve) => rl.question(question, (answer) => {
    rl.close();
    process.stdout.write('\n');
    resolve(answer);
  }));
}

async function newPassword(): Promise<string | undefined> {
  if (!process.stdin.isTTY) return readPiped();
  const first = await askHidden('New password: ');
  const second = await askHidden('Again: ');
  return first === second ? first : undefined;
}

async function main() {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { role: { type: 'string', short: 'r' }, help: { type: 'boolean', short: 'h' } } });
  } catch (err) {
    return finish(`${(err as Error).message}\n${USAGE}\n`, 1);
  }
  const [command, name, ...extra] = args.positionals;
  if (args.values.help) return finish(`${USAGE}\n`, 0);
  const file = usersFilePath();
  let users;
  try {
    users = readUsers(file);
  } catch (err) {
    return finish(`${(err as Error).message}\n`, 1);
  }
  if (command === 'list' && !name) {
    const lines = users.map((u) => `${u.name}\t${u.role}\tsince ${u.created.slice(0, 10)}`);
    return finish(users.length ? `${lines.join('\n')}\n` : `no desk users yet (the desk is off): add one with npm run desk:user -- add <name> --role editor\n`, 0);
  }
  if (!name || extra.length || !['add', 'passwd', 'remove'].includes(command)) return finish(`${USAGE}\n`, 1);
  if (command === 'add' && !args.values.role) return finish(`name the role with --role writer or --role editor\n${USAGE}\n`, 1);

  let change: UsersChange;
  if (command === 'remove') change = removeUser(users, name);
  else {
    if (command === 'passwd' && !users.some((u) => u.name === name)) return finish(`there is no user "${name}"\n`, 1);
    const password = await newPassword();
    if (password === undefined) return finish('the two passwords differ: nothing was changed\n', 1);
    change = command === 'add' ? await addUser(users, name, args.values.role!, password) : await changePassword(users, name, password);
  }
  if (!change.ok) return finish(`${change.message}\n`, 1);
  writeUsers(change.users, file);
  const done = { add: `added ${name} (${args.values.role})`, passwd: `changed the password of ${name}; their sessions have ended`, remove: `removed ${name}; their sessions have ended` };
  finish(`${done[command as keyof typeof done]} in ${file}\n`, 0);
}

main().catch((err) => finish(`${err instanceof Error ? err.message : String(err)}\n`, 1));
