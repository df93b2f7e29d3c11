import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@orbita/messaging';
import { DomainStore } from '@orbita/service-host';
import { translateConstraintViolation } from './projects-errors';

/** The projects service's transactions, with its constraint violations as coded errors (see DomainStore). */
@Injectable()
export class ProjectsStore extends DomainStore {
  constructor(unitOfWork: UnitOfWork) {
    super(unitOfWork, translateConstraintViolation);
  }
}
