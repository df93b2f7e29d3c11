import { resource, route } from '@orbita/gateway/resources';
import { STUDIOS_RPC } from '@orbita/projects/rpc';

/**
 * `/api/v1/credit-facts`: facts of a studio's regional credit (an event held, a product made…) towards an
 * indicator of its cycle; a school submits its studios' facts, the regional centre verifies them. A school
 * account sees its own; another school's answers 404.
 */
export const CreditFactsController = resource({
  name: 'CreditFacts',
  path: 'credit-facts',
  tag: 'credit-facts',
  audit: 'credit-fact',
  routes: [
    route.get('', 'list', STUDIOS_RPC.listFacts, {
      summary: 'The credit facts of a cycle (filter by studio, status), first submitted first',
      description: 'The facts',
      problems: [400, 404],
    }),
    route.post('', 'submit', STUDIOS_RPC.submitFact, {
      summary:
        'Submit a fact of a studio towards an indicator of its cycle; it awaits the centre’s verification',
      details:
        'The indicator must be the cycle’s and the count not negative (1 when omitted; 400 naming the field); 409 once the ranking is published.',
      bodySchema: 'SubmitCreditFact',
      problems: [400, 404, 409],
    }),
    route.post(':id/verification', 'verify', STUDIOS_RPC.verifyFact, {
      summary: 'Verify a pending fact: accept it (it counts in the ranking) or reject it saying why',
      description: 'The fact as verified',
      status: 200,
      bodySchema: 'VerifyCreditFact',
      problems: [400, 404, 409],
    }),
  ],
});
