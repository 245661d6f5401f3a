import type { TUser } from '@sigap/contracts';
import type { UserRow } from '../../db/repositories/users';

/** The public face of a user row: never the password hash. */
export function userView(u: UserRow): TUser {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    nip: u.nip,
    language: u.language as TUser['language'],
    active: u.active,
  };
}
