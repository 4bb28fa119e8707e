/**
 * Who may call what: External API tokens for a tenant's own paths, the operator token for
 * the operator API, nothing for the wizard's pages and the token endpoint; problem+json
 * for every refusal; the wizard's security headers.
 */
@NullMarked
package io.callimport.installation.security;

import org.jspecify.annotations.NullMarked;
