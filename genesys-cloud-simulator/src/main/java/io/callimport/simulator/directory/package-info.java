/**
 * The groups API: listing, search and paged members.
 */
@NullMarked
package io.callimport.simulator.directory;

import org.jspecify.annotations.NullMarked;
