/**
 * Conversations: planned timelines of calls, their participants, recordings and live
 * progress.
 */
@NullMarked
package io.callimport.simulator.conversation;

import org.jspecify.annotations.NullMarked;
