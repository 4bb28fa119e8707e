/**
 * Streaming downloads of pre-signed recording media URIs: no token, no SDK, no request
 * budget, retried only before the body starts, measured.
 */
@NullMarked
package io.callimport.genesys.media;

import org.jspecify.annotations.NullMarked;
