/**
 * Analytics' details of ended conversations, in the product's own records: one
 * conversation by id, or up to 100 at once. The SDK stays inside this module.
 */
@NullMarked
package io.callimport.genesys.conversations;

import org.jspecify.annotations.NullMarked;
