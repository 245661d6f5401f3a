import { type Actor, managedSop } from '@sigap/core';
import type { Db } from '../context';

/**
 * What a domain module tells the platform about the cases it drives (a complaint drives a case
 * of the complaint SOP). The static rules (who is on the module's team, which generic actions
 * stay open) are `MANAGED_SOPS` in `@sigap/core`; these hooks answer what needs the module's
 * records: whether a case's content is confidential and whose identity it carries.
 */
export interface CaseModuleHooks {
  /** The SOP definition key the module manages. */
  definitionKey: string;
  /**
   * Of the given cases (all of this module's SOP), those whose content (subject, step forms,
   * notes, instructions, documents) the actor may not see: it sees only that they exist.
   */
  hiddenContent(db: Db, actor: Actor, caseIds: string[]): Promise<Set<string>>;
  /** Whether the actor may see the identity of the person behind the case (reporter, applicant). */
  identityVisible(db: Db, actor: Actor, caseId: string): Promise<boolean>;
  /**
   * The module's record behind the case, for the case page to link to: its id, its office page,
   * and whether the actor may open it. Null when the case has no record (yet).
   */
  recordOfCase(
    db: Db,
    actor: Actor,
    caseId: string,
  ): Promise<{ id: string; path: string; mayOpen: boolean } | null>;
  /**
   * Flags the inbox shows beside the cases' tasks (a service request's priority service for
   * people with disabilities, the elderly, pregnant women), for cases whose content the actor
   * may see. Optional: a module without flags shows none.
   */
  flagsOf?(db: Db, actor: Actor, caseIds: string[]): Promise<Map<string, CaseFlag[]>>;
}

/** A flag on a case in the inbox: its code (for styling and filters) and its label in both languages. */
export interface CaseFlag {
  code: string;
  label: { id: string; en: string };
}

/** What a case shows in place of its subject to someone who may only know that it exists. */
export const HIDDEN_SUBJECT = {
  id: 'Rahasia (isinya hanya untuk tim yang menangani)',
  en: 'Confidential (content for the handling team only)',
} as const;

const registered = new Map<string, CaseModuleHooks>();

/** Called once per managed SOP by `installModules` (platform/kernel); registering again replaces. */
export function registerCaseModule(hooks: CaseModuleHooks): void {
  registered.set(hooks.definitionKey, hooks);
}

/**
 * The hooks of the module that manages the SOP, or null for an SOP no module manages. A managed
 * SOP whose module was never registered refuses (fails closed) rather than showing its cases
 * as if they were ordinary.
 */
export function caseModuleOf(definitionKey: string): CaseModuleHooks | null {
  if (!managedSop(definitionKey)) return null;
  const hooks = registered.get(definitionKey);
  if (!hooks) throw new Error(`no module registered for the managed SOP ${definitionKey}`);
  return hooks;
}

/** Of the given cases, those whose content the actor sees only as "it exists" (one query per module). */
export async function hiddenCaseContent(
  db: Db,
  actor: Actor,
  rows: ReadonlyArray<{ id: string; definitionKey: string }>,
): Promise<Set<string>> {
  const byKey = new Map<string, string[]>();
  for (const r of rows) {
    if (!managedSop(r.definitionKey)) continue;
    byKey.set(r.definitionKey, [...(byKey.get(r.definitionKey) ?? []), r.id]);
  }
  const hidden = new Set<string>();
  for (const [key, ids] of byKey) {
    for (const id of await caseModuleOf(key)!.hiddenContent(db, actor, [...new Set(ids)])) hidden.add(id);
  }
  return hidden;
}

/** Whether the actor may see the identity of the person behind the case; always for an unmanaged SOP. */
export async function caseIdentityVisible(
  db: Db,
  actor: Actor,
  row: { id: string; definitionKey: string },
): Promise<boolean> {
  const hooks = caseModuleOf(row.definitionKey);
  return hooks ? hooks.identityVisible(db, actor, row.id) : true;
}

/** The module record behind a case (the complaint of a complaint case), or null for an unmanaged SOP. */
export async function caseRecord(
  db: Db,
  actor: Actor,
  row: { id: string; definitionKey: string },
): Promise<{ module: string; id: string; path: string; mayOpen: boolean } | null> {
  const hooks = caseModuleOf(row.definitionKey);
  if (!hooks) return null;
  const record = await hooks.recordOfCase(db, actor, row.id);
  return record ? { module: managedSop(row.definitionKey)!.module, ...record } : null;
}

/** The flags of the given cases (one query per module with flags); cases whose content is hidden get none. */
export async function caseFlags(
  db: Db,
  actor: Actor,
  rows: ReadonlyArray<{ id: string; definitionKey: string }>,
  hidden: ReadonlySet<string>,
): Promise<Map<string, CaseFlag[]>> {
  const byKey = new Map<string, string[]>();
  for (const r of rows) {
    if (!managedSop(r.definitionKey) || hidden.has(r.id)) continue;
    byKey.set(r.definitionKey, [...(byKey.get(r.definitionKey) ?? []), r.id]);
  }
  const flags = new Map<string, CaseFlag[]>();
  for (const [key, ids] of byKey) {
    const hooks = caseModuleOf(key)!;
    if (!hooks.flagsOf) continue;
    for (const [id, f] of await hooks.flagsOf(db, actor, [...new Set(ids)])) flags.set(id, f);
  }
  return flags;
}
