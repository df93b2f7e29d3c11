import type { MunicipalityKind, MunicipalityView } from '@orbita/registry/rpc';
import { Column, Entity } from 'typeorm';
import { recordMetadata, VersionedRecord } from '../shared/record-columns';

@Entity('municipalities')
export class Municipality extends VersionedRecord {
  @Column('text')
  name!: string;

  @Column('text')
  kind!: MunicipalityKind;

  @Column('text', { nullable: true })
  okato!: string | null;

  @Column('text', { nullable: true })
  oktmo!: string | null;
}

export const municipalityView = (municipality: Municipality): MunicipalityView => ({
  ...recordMetadata(municipality),
  name: municipality.name,
  kind: municipality.kind,
  okato: municipality.okato,
  oktmo: municipality.oktmo,
});
