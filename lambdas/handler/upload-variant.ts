import { parseTraditionalChoice, traditionalSetting, UnknownTraditionalChoiceError, type TraditionalSetting } from '../settings/traditional-setting';

/**
 * The uploader may choose the Traditional edition per object with S3 user metadata
 * (`aws s3 cp --metadata variant=hk`, or the web page): `x-amz-meta-variant` = tw, hk, t, twp or none.
 * S3 lower-cases metadata names, so the key is always `variant`.
 */
export const VARIANT_METADATA = 'variant';

export type UploadVariant =
  /** No choice on the object: the deployment's setting applies. */
  | { readonly kind: 'deployment' }
  | { readonly kind: 'chosen'; readonly word: string; readonly traditional: TraditionalSetting }
  | { readonly kind: 'invalid'; readonly message: string };

/** What the object's metadata asks for; quotation marks keep the deployment's choice. */
export function uploadVariant(metadata: Record<string, string> | undefined, deployment: TraditionalSetting): UploadVariant {
  const given = metadata?.[VARIANT_METADATA];
  if (given === undefined || given.trim() === '') return { kind: 'deployment' };
  try {
    const choice = parseTraditionalChoice(given);
    const quotes = deployment === false ? undefined : deployment.quotes;
    return { kind: 'chosen', word: choice, traditional: traditionalSetting(choice, quotes) };
  } catch (error) {
    if (!(error instanceof UnknownTraditionalChoiceError)) throw error;
    return { kind: 'invalid', message: `the upload's x-amz-meta-${VARIANT_METADATA} metadata: ${error.message}` };
  }
}

/**
 * The version stamp of outputs made with this choice: the deployment's stamp, plus the chosen word
 * when the upload chose, so a re-upload with another variant converts again instead of being skipped.
 */
export function versionFor(variant: UploadVariant, deploymentVersion: string): string {
  return variant.kind === 'chosen' ? `${deploymentVersion}+variant=${variant.word}` : deploymentVersion;
}
