package io.callimport.producer.runs;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.quartz.QuartzJobBean;

import io.callimport.producer.reconciliation.ReconciliationMetrics;
import io.callimport.producer.reconciliation.RunKind;

/**
 * The nightly Quartz job (clustered JDBC job store: one replica fires it per schedule).
 */
@DisallowConcurrentExecution
class NightlyReconciliationJob extends QuartzJobBean {

	private static final Logger log = LoggerFactory.getLogger(NightlyReconciliationJob.class);

	private final NightlyRuns nightly;

	private final ReconciliationMetrics metrics;

	NightlyReconciliationJob(NightlyRuns nightly, ReconciliationMetrics metrics) {
		this.nightly = nightly;
		this.metrics = metrics;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		log.info("Nightly reconciliation fired (scheduled for {})", context.getScheduledFireTime().toInstant());
		try {
			this.nightly.requestRun();
		}
		catch (RuntimeException ex) {
			this.metrics.run(RunKind.NIGHTLY, false);
			log.warn("The nightly reconciliation could not be requested: {}", ex.toString());
		}
	}

}
