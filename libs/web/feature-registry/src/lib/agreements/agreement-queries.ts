import { api, unwrap } from '@orbita/web/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { QueryOf } from '../shared/api-types';

export type AgreementQuery = QueryOf<'/api/v1/agreements'>;

/** One page of agreements; the previous page stays on screen while the next loads. */
export function useAgreements(query: AgreementQuery) {
  return useQuery({
    queryKey: ['agreements', 'list', query],
    queryFn: () => unwrap(api.GET('/api/v1/agreements', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}
