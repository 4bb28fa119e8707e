/**
 * Where the client may go besides the API: the hosts a recording media URI (and each of
 * its redirects) or a notification {@code connectUri} may name, and the addresses those
 * hosts may resolve to. Genesys sends these URIs; they are data, so they are checked like
 * input.
 */
@NullMarked
package io.callimport.genesys.egress;

import org.jspecify.annotations.NullMarked;
