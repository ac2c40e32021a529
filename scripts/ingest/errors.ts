/** A source the ingest rejects: the message is one line an editor can act on. */
export class SourceError extends Error {
	override name = 'SourceError';
}
