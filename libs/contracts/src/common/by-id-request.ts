import { IsUUID } from 'class-validator';

/** `<service>.get.*` and other requests about one record. */
export class ByIdRequest {
  @IsUUID()
  id!: string;
}
