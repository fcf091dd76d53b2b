import fs from 'node:fs';
import path from 'node:path';
import { usersFilePath } from './users-file';

/** One desk change as the audit log records it. */
export interface AuditEntry {
  at: string;
  user: string;
  action: 'create' | 'save' | 'publish' | 'delete' | 'upload';
  file: string;
  digest: string;
}

/** Where the audit log is: `.desk/audit.log` beside the users file, one JSON object a line. */
export function auditLogPath(): string {
  return path.join(path.dirname(usersFilePath()), 'audit.log');
}

/** Appends a change to the audit log (created readable by its owner only). */
export function recordChange(entry: Omit<AuditEntry, 'at'>, now = new Date()): void {
  const file = auditLogPath();
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.appendFileSync(file, `${JSON.stringify({ at: now.toISOString(), ...entry })}\n`, { mode: 0o600 });
}
