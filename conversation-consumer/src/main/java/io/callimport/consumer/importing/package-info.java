/**
 * The import of one conversation: details and recordings from Genesys, rows in
 * PostgreSQL, the analysis message.
 */
@NullMarked
package io.callimport.consumer.importing;

import org.jspecify.annotations.NullMarked;
