/**
 * Submitted Genesys settings: the request both settings APIs accept, its validation, the
 * check against Genesys with the submitted credentials, and saving.
 */
@NullMarked
package io.callimport.genesys.settings;

import org.jspecify.annotations.NullMarked;
