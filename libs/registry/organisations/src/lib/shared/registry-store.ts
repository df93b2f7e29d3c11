import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@orbita/messaging';
import { DomainStore } from '@orbita/service-host';
import { translateConstraintViolation } from './constraint-errors';

/** The registry's transactions, with its constraint violations as coded errors (see DomainStore). */
@Injectable()
export class RegistryStore extends DomainStore {
  constructor(unitOfWork: UnitOfWork) {
    super(unitOfWork, translateConstraintViolation);
  }
}
