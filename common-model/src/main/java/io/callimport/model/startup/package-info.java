/**
 * Start-up diagnostics shared by the services.
 */
@NullMarked
package io.callimport.model.startup;

import org.jspecify.annotations.NullMarked;
