import type { Actor } from '@orbita/auth';
import type { RpcClient, TransferBucket } from '@orbita/messaging';
import { PROJECTS_RPC, STUDIOS_RPC, type WorkView } from '@orbita/projects/rpc';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';

/**
 * Real files for the demo's works and credit facts, uploaded as a school's would be: a one-page DOCX put
 * in the projects service's transfer bucket, then attached (the service checks it by its content).
 */
export class DemoDocuments {
  constructor(
    private readonly rpc: RpcClient,
    private readonly bucket: TransferBucket,
  ) {}

  /** The work's text: its title and abstract. */
  async attachWorkFile(work: WorkView, actor: Actor): Promise<void> {
    const objectName = await this.upload(work.title, [work.abstract]);
    await this.rpc.request(
      PROJECTS_RPC.attachWorkFile,
      { workId: work.id, objectName, fileName: 'Текст работы.docx' },
      { actor },
    );
  }

  /** A pending fact's evidence: a certificate of what the studio did. */
  async attachFactEvidence(factId: string, description: string, actor: Actor): Promise<void> {
    const objectName = await this.upload('Справка', [
      description,
      'Подтверждаем участие студии. Демонстрационный документ.',
    ]);
    await this.rpc.request(
      STUDIOS_RPC.attachFactEvidence,
      { factId, objectName, fileName: 'Справка.docx' },
      { actor },
    );
  }

  private async upload(heading: string, paragraphs: string[]): Promise<string> {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: heading, heading: HeadingLevel.HEADING_1 }),
            ...paragraphs.map((text) => new Paragraph({ text })),
          ],
        },
      ],
    });
    return (await this.bucket.put(await Packer.toBuffer(document))).name;
  }
}
