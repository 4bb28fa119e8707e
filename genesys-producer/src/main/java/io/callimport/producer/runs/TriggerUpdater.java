package io.callimport.producer.runs;

import org.jspecify.annotations.Nullable;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Quartz keeps the trigger it stored in the database (so a missed night is still seen as
 * a misfire after a restart); when {@code RECONCILIATION_CRON} or
 * {@code RECONCILIATION_ZONE} changed since, the stored trigger is replaced before the
 * scheduler starts.
 */
@Component
class TriggerUpdater implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(TriggerUpdater.class);

	private final Scheduler scheduler;

	private final CronTrigger configured;

	TriggerUpdater(Scheduler scheduler, CronTrigger nightlyReconciliationTrigger) {
		this.scheduler = scheduler;
		this.configured = nightlyReconciliationTrigger;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			Trigger stored = this.scheduler.getTrigger(NightlySchedule.TRIGGER);
			if (stored instanceof CronTrigger cron && sameSchedule(cron)) {
				return;
			}
			if (stored == null) {
				this.scheduler.scheduleJob(this.configured);
			}
			else {
				this.scheduler.rescheduleJob(NightlySchedule.TRIGGER, this.configured);
			}
			log.info("Nightly reconciliation schedule changed from {} to {} {}", describe(stored),
					this.configured.getCronExpression(), this.configured.getTimeZone().getID());
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("The nightly reconciliation trigger could not be updated", ex);
		}
	}

	private boolean sameSchedule(CronTrigger stored) {
		return stored.getCronExpression().equals(this.configured.getCronExpression())
				&& stored.getTimeZone().getID().equals(this.configured.getTimeZone().getID());
	}

	private static String describe(@Nullable Trigger stored) {
		return (stored instanceof CronTrigger cron) ? cron.getCronExpression() + " " + cron.getTimeZone().getID()
				: String.valueOf(stored);
	}

}
