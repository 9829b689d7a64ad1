import { defineModule } from '../module.js';
import { AuthResolver } from './auth.resolver.js';
import { User, UserSession } from './user.entity.js';

export const authModule = defineModule({ name: 'auth', entities: [User, UserSession], resolvers: [AuthResolver] });
