/**
 * Pieces the services' JPA entities share.
 */
@NullMarked
package io.callimport.model.persistence;

import org.jspecify.annotations.NullMarked;
