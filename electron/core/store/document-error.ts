/** Why a document on disk could not be used: the reason goes into the quarantine report. */
export class DocumentError extends Error {
  readonly path: string;
  constructor(path: string, reason: string) {
    super(reason);
    this.name = 'DocumentError';
    this.path = path;
  }
}
