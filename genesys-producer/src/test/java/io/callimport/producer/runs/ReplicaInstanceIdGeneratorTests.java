package io.callimport.producer.runs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplicaInstanceIdGeneratorTests {

	@Test
	void idsNameTheProcessAndDifferForTwoSchedulersOfOneProcess() {
		ReplicaInstanceIdGenerator generator = new ReplicaInstanceIdGenerator();
		String first = generator.generateInstanceId();
		String second = generator.generateInstanceId();
		assertThat(first).startsWith(ProcessHandle.current().pid() + "@").isNotEqualTo(second);
		// qrtz_scheduler_state.instance_name is VARCHAR(200)
		assertThat(first).hasSizeLessThan(200);
	}

}
