/** Codes of the integration service's errors (the gateway documents them, the web client branches on them). */
export enum IntegrationErrorCode {
  /** No platform is configured (SIRIUS_URL and its client credentials): nothing to sync with. */
  SOURCE_NOT_CONFIGURED = 'INTEGRATION.SOURCE_NOT_CONFIGURED',
  /** A run is going on (its heartbeat is fresh): one at a time. */
  RUN_IN_PROGRESS = 'INTEGRATION.RUN_IN_PROGRESS',
  /** A run is parked by the mass-deletion guard: no other starts until it is approved or rejected. */
  RUN_PARKED = 'INTEGRATION.RUN_PARKED',
  /** No sync run has that id. */
  RUN_NOT_FOUND = 'INTEGRATION.RUN_NOT_FOUND',
  /** The run is not parked (only a parked run is approved or rejected, and a failed one rejected). */
  RUN_NOT_PARKED = 'INTEGRATION.RUN_NOT_PARKED',
  /** The mismatch was decided already, or its kind takes no decision of that sort. */
  MISMATCH_NOT_OPEN = 'INTEGRATION.MISMATCH_NOT_OPEN',
  /** A duplicate's `keepExternalId` is not one of its platform accounts. */
  MISMATCH_KEEP_UNKNOWN = 'INTEGRATION.MISMATCH_KEEP_UNKNOWN',
}
