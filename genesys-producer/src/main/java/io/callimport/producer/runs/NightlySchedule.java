package io.callimport.producer.runs;

import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.callimport.producer.reconciliation.ReconciliationProperties;
import io.callimport.producer.tenant.TenantProperties;

/**
 * The nightly job and its cron trigger ({@code RECONCILIATION_CRON} in
 * {@code RECONCILIATION_ZONE}; a missed fire time runs once at once). The scheduler is
 * named after the tenant, so the producers of several tenants share the Quartz tables
 * without sharing jobs; Quartz keeps a stored trigger, {@link TriggerUpdater} replaces it
 * when the schedule changed.
 */
@Configuration(proxyBeanMethods = false)
class NightlySchedule {

	static final JobKey JOB = JobKey.jobKey("nightly-reconciliation", "callimport");

	static final TriggerKey TRIGGER = TriggerKey.triggerKey("nightly-reconciliation", "callimport");

	@Bean
	JobDetail nightlyReconciliationJob() {
		return JobBuilder.newJob(NightlyReconciliationJob.class)
			.withIdentity(JOB)
			.withDescription("Requests the nightly reconciliation run")
			.storeDurably()
			.build();
	}

	@Bean
	CronTrigger nightlyReconciliationTrigger(JobDetail nightlyReconciliationJob, ReconciliationProperties properties) {
		return TriggerBuilder.newTrigger()
			.forJob(nightlyReconciliationJob)
			.withIdentity(TRIGGER)
			.withSchedule(CronScheduleBuilder.cronSchedule(properties.cron())
				.inTimeZone(TimeZone.getTimeZone(properties.zoneId()))
				.withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

	@Bean
	SchedulerFactoryBeanCustomizer tenantScheduler(TenantProperties tenant) {
		return (factory) -> factory.setSchedulerName(schedulerName(tenant.id()));
	}

	static String schedulerName(String tenantId) {
		return "callimport-producer-" + tenantId;
	}

}
