package io.callimport.consumer.config;

import java.util.concurrent.Executor;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * The threads of the import: coordinators that talk to Genesys for batches, and one timer
 * thread that schedules batches and the polls of recording batch jobs. (Recordings stream
 * on a pool of their own, served fairly across tenants.) Held here rather than as
 * executor beans, so Spring Boot's own task executor and scheduler stay as they are.
 */
@Component
public class ImportThreads implements DisposableBean {

	private final ThreadPoolTaskExecutor coordinators = new ThreadPoolTaskExecutor();

	private final ThreadPoolTaskScheduler timer = new ThreadPoolTaskScheduler();

	public ImportThreads(ConsumerProperties properties) {
		// the scheduler starts at most this many batches; polls and deferrals queue
		// behind
		this.coordinators.setCorePoolSize(properties.batch().coordinators());
		this.coordinators.setMaxPoolSize(properties.batch().coordinators());
		this.coordinators.setThreadNamePrefix("import-batch-");
		this.coordinators.initialize();
		this.timer.setPoolSize(1);
		this.timer.setThreadNamePrefix("import-timer-");
		this.timer.initialize();
	}

	public Executor coordinators() {
		return this.coordinators;
	}

	public TaskScheduler timer() {
		return this.timer;
	}

	@Override
	public void destroy() {
		this.timer.shutdown();
		this.coordinators.shutdown();
	}

}
