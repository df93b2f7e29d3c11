import { Injectable } from '@nestjs/common';
import { type Page } from '@orbita/contracts';
import {
  MUNICIPALITY_SORT_FIELDS,
  type CreateMunicipalityRequest,
  type ListMunicipalitiesQuery,
  type MunicipalityView,
  type UpdateMunicipalityRequest,
} from '@orbita/registry/rpc';
import type { PageSpec } from '@orbita/persistence';
import { applyChanges, expectVersion, findRecord } from '../shared/record-changes';
import { RegistryStore } from '../shared/registry-store';
import { viewPage, type SortColumns } from '../shared/view-page';
import { Municipality, municipalityView } from './municipality.entity';

const MUNICIPALITY_PAGE: PageSpec = {
  sortable: {
    name: 'municipality.name',
    kind: 'municipality.kind',
    id: 'municipality.id',
  } satisfies SortColumns<typeof MUNICIPALITY_SORT_FIELDS>,
  defaultSort: 'name,id',
  searchable: ['municipality.name'],
};

const MUNICIPALITY_FIELDS = ['name', 'kind', 'okato', 'oktmo'] as const;

/** Municipalities of the region: reference data everyone reads, region-wide roles keep. */
@Injectable()
export class MunicipalitiesService {
  constructor(private readonly store: RegistryStore) {}

  list(query: ListMunicipalitiesQuery): Promise<Page<MunicipalityView>> {
    return this.store.read((manager) => {
      const builder = manager.createQueryBuilder(Municipality, 'municipality');
      if (query.kind) builder.andWhere('municipality.kind = :kind', { kind: query.kind });
      return viewPage(builder, query, MUNICIPALITY_PAGE, municipalityView);
    });
  }

  get(id: string): Promise<MunicipalityView> {
    return this.store.read(async (manager) =>
      municipalityView(await findRecord(manager, Municipality, 'municipality', id)),
    );
  }

  create(request: CreateMunicipalityRequest): Promise<MunicipalityView> {
    return this.store.write(async (tx) => {
      const municipality = tx.manager.create(Municipality, {
        name: request.name,
        kind: request.kind,
        okato: request.okato ?? null,
        oktmo: request.oktmo ?? null,
      });
      return municipalityView(await tx.manager.save(municipality));
    });
  }

  update(request: UpdateMunicipalityRequest): Promise<MunicipalityView> {
    return this.store.write(async (tx) => {
      const municipality = await findRecord(tx.manager, Municipality, 'municipality', request.id, {
        forUpdate: true,
      });
      expectVersion(municipality, request.expectedVersion, 'municipality');
      if (applyChanges(municipality, request, MUNICIPALITY_FIELDS).length > 0)
        await tx.manager.save(municipality);
      return municipalityView(await tx.manager.findOneByOrFail(Municipality, { id: municipality.id }));
    });
  }

  /** The municipality with this name (the demo seed's natural key), if registered. */
  findByName(name: string): Promise<Municipality | null> {
    return this.store.read((manager) => manager.findOneBy(Municipality, { name }));
  }
}
