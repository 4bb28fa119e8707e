/**
 * The settings API: a tenant's Genesys settings, checked against Genesys before they are
 * saved; the client secret is write-only.
 */
@NullMarked
package io.callimport.producer.settings;

import org.jspecify.annotations.NullMarked;
