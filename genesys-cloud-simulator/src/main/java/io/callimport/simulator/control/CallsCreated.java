package io.callimport.simulator.control;

import java.util.List;

/** The conversations {@code POST …/calls} started. */
public record CallsCreated(List<String> conversationIds) {
}
