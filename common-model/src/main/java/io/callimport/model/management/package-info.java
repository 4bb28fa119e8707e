/**
 * What the unauthenticated management port may show, shared by every service.
 */
@NullMarked
package io.callimport.model.management;

import org.jspecify.annotations.NullMarked;
