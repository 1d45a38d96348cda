import { z } from 'zod';

/**
 * The part of `GET /wiki/rest/api/search/user` (SearchPageResponseSearchResult) the app reads.
 * `user` and its fields are optional or nullable in the spec: privacy settings may hide a name.
 */
export const UserSearchResponse = z.object({
  results: z.array(
    z.object({
      user: z
        .object({
          accountId: z.string().nullish(),
          accountType: z.string().nullish(),
          displayName: z.string().nullish(),
          publicName: z.string().nullish(),
        })
        .nullish(),
    }),
  ),
});

/** The part of GroupArrayWithLinks (`/wiki/rest/api/group/picker`, `/wiki/rest/api/user/memberof`) the app reads. */
export const GroupList = z.object({
  results: z.array(z.object({ id: z.string(), name: z.string() })),
});
