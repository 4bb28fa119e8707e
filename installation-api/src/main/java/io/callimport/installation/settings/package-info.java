/**
 * A tenant's Genesys settings through the External API: checked like the producer's
 * settings API, saved to the encrypted settings the tenant's producer follows, removed at
 * uninstall.
 */
@NullMarked
package io.callimport.installation.settings;

import org.jspecify.annotations.NullMarked;
