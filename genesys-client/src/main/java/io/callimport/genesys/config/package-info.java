/**
 * Spring Boot auto-configuration of the Genesys client.
 */
@NullMarked
package io.callimport.genesys.config;

import org.jspecify.annotations.NullMarked;
