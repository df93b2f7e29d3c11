import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@orbita/messaging';
import { DomainStore } from '@orbita/service-host';
import { translateConstraintViolation } from './enrollment-errors';

/** Enrollment's transactions, with its constraint violations as coded errors (see DomainStore). */
@Injectable()
export class EnrollmentStore extends DomainStore {
  constructor(unitOfWork: UnitOfWork) {
    super(unitOfWork, translateConstraintViolation);
  }
}
