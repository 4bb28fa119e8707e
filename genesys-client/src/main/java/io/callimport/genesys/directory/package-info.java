/**
 * The tenant's group in Genesys: the group by id or exact name, and all its members.
 */
@NullMarked
package io.callimport.genesys.directory;

import org.jspecify.annotations.NullMarked;
