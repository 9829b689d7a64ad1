import { defineModule } from '../module.js';
import { AuditEvent } from './audit-event.entity.js';

export const auditModule = defineModule({ name: 'audit', entities: [AuditEvent] });
