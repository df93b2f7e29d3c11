/** The media type of the XLSX files services make (templates, exports). */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Where a service put a file for download (the transfer bucket), and how to present it. A class: replies name it. */
export class TransferFileView {
  objectName!: string;
  fileName!: string;
  contentType!: string;
  size!: number;
}
