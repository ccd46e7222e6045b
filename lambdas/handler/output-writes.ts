import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { OutputFile } from '../pipeline';
import { outputKey } from './object-keys';
import { contentDisposition, outputMetadata } from './output-headers';
import type { Upload } from './upload';

/** Writes one output with its download name and the metadata that says which source version made it. */
export async function putOutput(upload: Upload, key: string, file: OutputFile, limitBytes?: number): Promise<string> {
  const { deps, source, version } = upload;
  await deps.s3.send(
    new PutObjectCommand({
      Bucket: deps.config.outputBucket,
      Key: key,
      Body: file.body,
      ContentLength: file.body.byteLength,
      ContentType: file.contentType,
      ContentDisposition: contentDisposition(file.name),
      Metadata: outputMetadata(source, version, limitBytes),
    }),
  );
  return key;
}

/** An output under its own name in the source's mirrored folder. */
export const putBesideSource = (upload: Upload, file: OutputFile, limitBytes?: number) =>
  putOutput(upload, outputKey(upload.deps.config.outputPrefix, upload.location, file.name), file, limitBytes);
