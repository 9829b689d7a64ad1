import { registerEnumType } from 'type-graphql';

export enum DeviceType {
  CHROMEBOOK = 'CHROMEBOOK',
  IPAD = 'IPAD',
  PC = 'PC',
}
registerEnumType(DeviceType, { name: 'DeviceType', description: 'Typ av enhet.' });

export enum DeviceUserGroup {
  PRESCHOOL = 'PRESCHOOL',
  PUPILS_F_3 = 'PUPILS_F_3',
  PUPILS_4_6 = 'PUPILS_4_6',
  PUPILS_7_9 = 'PUPILS_7_9',
  PUPILS_UPPER_SECONDARY = 'PUPILS_UPPER_SECONDARY',
  PUPILS_OTHER = 'PUPILS_OTHER',
  STAFF = 'STAFF',
}
registerEnumType(DeviceUserGroup, {
  name: 'DeviceUserGroup',
  description: 'Förskolebarn, elever i F–3, 4–6, 7–9, gymnasiet, övriga (t.ex. anpassad grundskola) eller personal.',
});
