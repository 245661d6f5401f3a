import { ROLES } from '@sigap/contracts';

/** A role code in the UI language ('kabid' → 'Kepala Bidang'); unknown codes as they are. */
export function roleLabel(role: string, lang: 'id' | 'en'): string {
  return (ROLES as Record<string, { id: string; en: string }>)[role]?.[lang] ?? role;
}
