/**
 * Plumbing shared by every Genesys path: the SDK's JSON mapping, ErrorBody errors,
 * correlation ids, request counts.
 */
@NullMarked
package io.callimport.simulator.web;

import org.jspecify.annotations.NullMarked;
