/** Codes of the integration service's errors (the gateway documents them, the web client branches on them). */
export enum IntegrationErrorCode {
  /** No platform is configured (SIRIUS_URL and its client credentials): nothing to sync with. */
  SOURCE_NOT_CONFIGURED = 'INTEGRATION.SOURCE_NOT_CONFIGURED',
  /** A run is going on (its heartbeat is fresh): one at a time. */
  RUN_IN_PROGRESS = 'INTEGRATION.RUN_IN_PROGRESS',
}
