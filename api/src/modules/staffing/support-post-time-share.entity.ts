import { DecimalType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The share of a post's time that goes to one service area; a post's shares sum to 1 (checked at commit). */
@Entity({ tableName: 'support_post_time_share' })
export class SupportPostTimeShare {
  @PrimaryKey({ type: 'uuid' })
  postId!: string;

  @PrimaryKey({ type: 'string' })
  serviceAreaCode!: string;

  @Property({ type: 'uuid' })
  municipalityId!: string;

  @Property({ type: new DecimalType('number'), precision: 4, scale: 3 })
  share!: number;
}
