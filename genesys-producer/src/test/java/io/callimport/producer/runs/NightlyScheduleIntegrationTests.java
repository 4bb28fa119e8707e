package io.callimport.producer.runs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.callimport.producer.ProducerServices;
import io.callimport.producer.SimulatedTenant;
import io.callimport.model.startup.MissingSettingFailureAnalyzer;
import io.callimport.testsupport.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * The Quartz schedule on the shared database (clustered JDBC job store, one scheduler per
 * tenant): two replicas fire the nightly job once per fire time and the lease holder runs
 * it; a night missed while every replica was down runs once at start-up and covers the
 * missed time; a changed cron or zone replaces the stored trigger; an invalid one stops
 * start-up naming the variable.
 */
class NightlyScheduleIntegrationTests {

	static final ImportStack stack = ImportStack.get();

	static {
		CapturedOutput.install();
	}

	JdbcClient jdbc = stack.jdbc();

	@Test
	void twoReplicasFireTheNightlyJobOncePerScheduleAndTheLeaseHolderRunsIt() {
		ProducerServices services = services("twin").with("reconciliation.cron", "*/3 * * * * ?");
		SimulatedTenant genesys = organisation(services);
		try (ProducerReplica first = ProducerReplica.start(services);
				ProducerReplica second = ProducerReplica.start(services)) {
			assertThat(first.api().put("/api/v1/tenants/twin/genesys-settings", genesys.settingsJson()).status())
				.isEqualTo(201);
			await().atMost(Duration.ofSeconds(40)).until(() -> nightlyRuns("twin").size() >= 4);
			ProducerReplica leader = first.isLeader() ? first : second;
			await().atMost(Duration.ofSeconds(10))
				.until(() -> nightlyRuns("twin").stream().allMatch((run) -> run.get("status").equals("SUCCEEDED")));
			List<Map<String, Object>> runs = nightlyRuns("twin");
			long slots = runs.stream().map((run) -> fireSlot(run, 3)).distinct().count();
			String log = CapturedOutput.text();
			System.out.printf(
					"Two replicas, cron every 3 s: %d nightly runs in %d fire slots; requested by %s: %d, "
							+ "by %s: %d; all run by %s%n",
					runs.size(), slots, first.holderId(), count(log, "requested by replica " + first.holderId()),
					second.holderId(), count(log, "requested by replica " + second.holderId()), leader.holderId());
			assertThat(slots).as("one run per fire time").isEqualTo(runs.size());
			assertThat(runs).allSatisfy((run) -> assertThat(run.get("owner_id")).isEqualTo(leader.holderId()));
		}
	}

	@Test
	void aMissedNightRunsOnceAtStartAndAChangedScheduleReplacesTheStoredTrigger() {
		ProducerServices services = services("misfire");
		SimulatedTenant genesys = organisation(services);
		try (ProducerReplica replica = ProducerReplica.start(services)) {
			assertThat(replica.api().put("/api/v1/tenants/misfire/genesys-settings", genesys.settingsJson()).status())
				.isEqualTo(201);
			assertThat(storedTrigger("misfire")).containsEntry("cron_expression", "0 0 2 * * ?")
				.containsEntry("time_zone_id", "UTC");
		}
		Instant lastNight = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MICROS);
		missNightsSince("misfire", lastNight);

		try (ProducerReplica restarted = ProducerReplica.start(services)) {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> nightlyRuns("misfire").size() == 2
						&& nightlyRuns("misfire").get(0).get("status").equals("SUCCEEDED"));
			await().during(Duration.ofSeconds(3))
				.atMost(Duration.ofSeconds(5))
				.until(() -> nightlyRuns("misfire").size() == 2);
			Map<String, Object> caughtUp = nightlyRuns("misfire").get(0);
			assertThat(((java.sql.Timestamp) caughtUp.get("window_from")).toInstant())
				.isEqualTo(lastNight.minus(Duration.ofHours(1)));
			assertThat(caughtUp.get("windows_total")).isEqualTo(4);
			assertThat(caughtUp.get("windows_done")).isEqualTo(4);
			assertThat((Long) storedTrigger("misfire").get("next_fire_time"))
				.isEqualTo(nextFire("0 0 2 * * ?", ZoneId.of("UTC")));
		}

		try (ProducerReplica reconfigured = ProducerReplica
			.start(services.with("reconciliation.cron", "0 30 3 * * ?").with("reconciliation.zone", "Europe/Berlin"))) {
			assertThat(storedTrigger("misfire")).containsEntry("cron_expression", "0 30 3 * * ?")
				.containsEntry("time_zone_id", "Europe/Berlin")
				.containsEntry("next_fire_time", nextFire("0 30 3 * * ?", ZoneId.of("Europe/Berlin")));
			await().during(Duration.ofSeconds(2))
				.atMost(Duration.ofSeconds(4))
				.until(() -> nightlyRuns("misfire").size() == 2);
		}
	}

	@Test
	void anInvalidCronOrZoneStopsStartUpNamingTheVariable() {
		ProducerServices services = services("invalid");
		assertThat(startUpFailure(services.with("reconciliation.cron", "0 0 25 * * ?")))
			.contains("RECONCILIATION_CRON (property reconciliation.cron): must be a Quartz cron expression");
		assertThat(startUpFailure(
				services.with("reconciliation.cron", "0 0 2 * * ?").with("reconciliation.zone", "Mars/Olympus")))
			.contains("RECONCILIATION_ZONE (property reconciliation.zone): must be a time zone id");
	}

	/** What the start-up failure report says. */
	private static String startUpFailure(ProducerServices services) {
		Throwable failure = catchThrowable(() -> ProducerReplica.start(services).close());
		assertThat(failure).isNotNull();
		FailureAnalysis analysis = new MissingSettingFailureAnalyzer().analyze(failure);
		assertThat(analysis).isNotNull();
		return analysis.getDescription();
	}

	private static ProducerServices services(String tenant) {
		return ProducerServices.create(tenant, stack.database(), stack.broker())
			.with("reconciliation.settle-time", "3s")
			.with("reconciliation.poll-interval", "300ms")
			.with("reconciliation.jobs.poll-interval", "200ms");
	}

	private static SimulatedTenant organisation(ProducerServices services) {
		return SimulatedTenant.create(services.simulator().control(), SimulatedTenant.scenario("Agents", 2, 0));
	}

	/** Newest first. */
	private List<Map<String, Object>> nightlyRuns(String tenant) {
		return this.jdbc.sql("""
				SELECT id, status, owner_id, window_from, window_to, windows_total, windows_done, created_at
				FROM reconciliation_runs WHERE tenant_id = :t AND kind = 'NIGHTLY' ORDER BY created_at DESC
				""").param("t", tenant).query().listOfRows();
	}

	private Map<String, Object> storedTrigger(String tenant) {
		return this.jdbc.sql("""
				SELECT c.cron_expression, c.time_zone_id, t.next_fire_time FROM qrtz_cron_triggers c
				JOIN qrtz_triggers t USING (sched_name, trigger_name, trigger_group) WHERE c.sched_name = :name
				""").param("name", NightlySchedule.schedulerName(tenant)).query().singleRow();
	}

	/**
	 * As if every replica had been down since {@code lastNight}: the last nightly run
	 * ended then, and the trigger still waits for the night after.
	 */
	private void missNightsSince(String tenant, Instant lastNight) {
		this.jdbc.sql("""
				INSERT INTO reconciliation_runs (id, tenant_id, kind, status, window_from, window_to, windows_total,
				    windows_done, progress_until, created_at, started_at, finished_at)
				VALUES (:id, :t, 'NIGHTLY', 'SUCCEEDED', :from, :to, 2, 2, :to, :to, :to, :to)
				""")
			.param("id", UUID.randomUUID())
			.param("t", tenant)
			.param("from", java.sql.Timestamp.from(lastNight.minus(Duration.ofHours(25))))
			.param("to", java.sql.Timestamp.from(lastNight))
			.update();
		this.jdbc.sql("UPDATE qrtz_triggers SET next_fire_time = :missed WHERE sched_name = :name")
			.param("missed", lastNight.plus(Duration.ofHours(1)).toEpochMilli())
			.param("name", NightlySchedule.schedulerName(tenant))
			.update();
	}

	private static long nextFire(String cron, ZoneId zone) {
		try {
			org.quartz.CronExpression expression = new org.quartz.CronExpression(cron);
			expression.setTimeZone(java.util.TimeZone.getTimeZone(zone));
			return expression.getNextValidTimeAfter(java.util.Date.from(ZonedDateTime.now(zone).toInstant())).getTime();
		}
		catch (java.text.ParseException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private static long fireSlot(Map<String, Object> run, int seconds) {
		return ((java.sql.Timestamp) run.get("created_at")).toInstant().getEpochSecond() / seconds;
	}

	private static long count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

}
