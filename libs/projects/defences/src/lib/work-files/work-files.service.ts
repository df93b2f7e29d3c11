import { Injectable } from '@nestjs/common';
import type { Actor, SchoolScope } from '@orbita/auth';
import type { TransferFileView } from '@orbita/contracts';
import { ProjectDocuments } from '@orbita/projects/documents';
import { ProjectsErrorCode, type AttachWorkFileCommand, type WorkFileView } from '@orbita/projects/rpc';
import type { EntityManager } from 'typeorm';
import { FieldProblem } from '../shared/projects-errors';
import { ProjectsStore } from '../shared/projects-store';
import type { Reader } from '../shared/reader';
import { findWork } from '../works/works.service';
import { WorkFile, workFileView } from './work-file.entity';

/**
 * The text of each work: its school (or the region) uploads it, every reader of the work (its school,
 * the region, the experts assigned to it) downloads it.
 */
@Injectable()
export class WorkFilesService {
  constructor(
    private readonly store: ProjectsStore,
    private readonly documents: ProjectDocuments,
  ) {}

  attach(command: AttachWorkFileCommand, actor: Actor, scope: SchoolScope): Promise<WorkFileView> {
    return this.documents.receive(command, actor.userId, (read) =>
      this.store.write(async (tx) => {
        const work = await findWork(tx.manager, command.workId, { scope });
        const document = await read();
        const file = await tx.manager.save(tx.manager.create(WorkFile, { workId: work.id, document }));
        return workFileView(file);
      }),
    );
  }

  get(workId: string, reader: Reader): Promise<WorkFileView> {
    return this.store.read(async (manager) => workFileView(await findWorkFile(manager, workId, reader)));
  }

  async download(workId: string, reader: Reader): Promise<TransferFileView> {
    const file = await this.store.read((manager) => findWorkFile(manager, workId, reader));
    return this.documents.offer(file.document);
  }
}

/** The file of a work the reader may see; a work without one answers 404 as well. */
async function findWorkFile(manager: EntityManager, workId: string, reader: Reader): Promise<WorkFile> {
  const work = await findWork(manager, workId, reader, 'id');
  const file = await manager.findOneBy(WorkFile, { workId: work.id });
  if (!file)
    throw new FieldProblem(ProjectsErrorCode.DOCUMENT_NOT_FOUND, 404, 'id', 'The work has no file yet');
  return file;
}
