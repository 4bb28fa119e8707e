/**
 * A tenant's Genesys settings as both services read them, with the client secret
 * encrypted at rest.
 */
@NullMarked
package io.callimport.model.settings;

import org.jspecify.annotations.NullMarked;
