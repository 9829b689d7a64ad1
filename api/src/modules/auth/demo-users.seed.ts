import type { EntityManager } from '@mikro-orm/postgresql';
import { demoUsers } from '@likvard/seeds';
import { Municipality } from '../municipalities/municipality.entity.js';
import { hashPassword } from './password.js';
import { Role } from './role.js';
import { User } from './user.entity.js';

export interface DemoAccountSettings {
  password: string;
  scryptLog2N: number;
}

/** Writes the demo accounts into the demo municipalities (already inserted, in the same transaction). */
export async function insertDemoUsers(em: EntityManager, settings: DemoAccountSettings): Promise<void> {
  const municipalities = await em.find(Municipality, { code: { $in: [...new Set(demoUsers.map((u) => u.municipalityCode))] } });
  const idByCode = new Map(municipalities.map((m) => [m.code, m.id]));
  // Each its own salt; hashed side by side on libuv's thread pool.
  const hashes = await Promise.all(demoUsers.map(() => hashPassword(settings.password, settings.scryptLog2N)));
  await em.insertMany(
    User,
    demoUsers.map((user, i) => {
      const municipalityId = idByCode.get(user.municipalityCode);
      if (!municipalityId) throw new Error(`Demo user ${user.email}: municipality ${user.municipalityCode} is not seeded`);
      return { email: user.email, name: user.name, role: Role[user.role], passwordHash: hashes[i]!, active: true, municipalityId };
    }),
  );
}
