// The platform's version lives in the root package.json, which is no Nx project.
// eslint-disable-next-line @nx/enforce-module-boundaries
import packageJson from '../../../../../../package.json';

/** The platform's version (root package.json), reported by `/api/v1/system/info` and the OpenAPI document. */
export const GATEWAY_VERSION: string = packageJson.version;

export const GATEWAY_NAME = 'orbita-gateway';
