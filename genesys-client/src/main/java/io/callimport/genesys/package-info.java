/**
 * Access to Genesys Cloud for both services: {@link io.callimport.genesys.GenesysClients}
 * hands out one {@link io.callimport.genesys.GenesysClient} per tenant, with the official
 * SDK routed through OkHttp, login, retries, a request budget and metrics underneath.
 */
@NullMarked
package io.callimport.genesys;

import org.jspecify.annotations.NullMarked;
