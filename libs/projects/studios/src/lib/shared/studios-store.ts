import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@orbita/messaging';
import { DomainStore } from '@orbita/service-host';
import { translateConstraintViolation } from './studios-errors';

/** The studios' transactions, with their constraint violations as coded errors (see DomainStore). */
@Injectable()
export class StudiosStore extends DomainStore {
  constructor(unitOfWork: UnitOfWork) {
    super(unitOfWork, translateConstraintViolation);
  }
}
