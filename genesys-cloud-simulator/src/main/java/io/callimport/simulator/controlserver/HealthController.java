package io.callimport.simulator.controlserver;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /simulator/health}: 200 once the simulator serves requests (for container
 * health checks; the simulator has no actuator).
 */
@RestController
class HealthController {

	@GetMapping("/simulator/health")
	Map<String, String> health() {
		return Map.of("status", "UP");
	}

}
