package io.callimport.producer.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the {@code @Scheduled} housekeeping (gap healing, retention) on Spring Boot's task
 * scheduler, which also retries the detection backlog; the supervisor, the leader
 * election and the outbox relay have schedulers of their own.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {

}
