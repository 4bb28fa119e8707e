/**
 * Genesys Cloud regions: a region domain such as {@code mypurecloud.ie} names the API and
 * login hosts; a deployment may override both (e.g. to point at the simulator).
 */
@NullMarked
package io.callimport.genesys.region;

import org.jspecify.annotations.NullMarked;
