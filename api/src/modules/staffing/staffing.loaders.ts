import DataLoader from 'dataloader';
import type { LoaderFactories } from '../../graphql/loaders.js';
import type { TimeShare } from './dto/capacity.output.js';
import type { SupportPost } from './support-unit.entity.js';
import { readPostsOfUnits, timeSharesOfPosts } from './support-unit.service.js';

declare module '../../graphql/loaders.js' {
  interface Loaders {
    /** The posts of a support unit, in their display order. */
    postsBySupportUnit: DataLoader<string, SupportPost[]>;
    /** A post's time split over the service areas. */
    timeSharesByPost: DataLoader<string, TimeShare[]>;
  }
}

export const staffingLoaders: LoaderFactories = {
  postsBySupportUnit: (em, municipalityId) =>
    new DataLoader(async (unitIds) => {
      const rows = await readPostsOfUnits(em, await municipalityId(), unitIds);
      return unitIds.map((id) => rows.filter((row) => row.supportUnitId === id));
    }),
  timeSharesByPost: (em) =>
    new DataLoader(async (postIds) => {
      const byPost = await timeSharesOfPosts(em, postIds);
      return postIds.map((id) => byPost.get(id) ?? []);
    }),
};
