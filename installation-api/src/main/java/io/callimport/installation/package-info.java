/**
 * The installation module: the External API and the installation wizard.
 */
@NullMarked
package io.callimport.installation;

import org.jspecify.annotations.NullMarked;
