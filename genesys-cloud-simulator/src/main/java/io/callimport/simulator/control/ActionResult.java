package io.callimport.simulator.control;

/** How many things (tokens, sockets, channels) a control action affected. */
public record ActionResult(int affected) {
}
