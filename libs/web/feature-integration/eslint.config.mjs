import base, { webRules } from '../../../eslint.config.mjs';

export default [...base, ...webRules];
