package io.callimport.consumer.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.failure.ReasonCode;
import io.callimport.genesys.recordings.FileState;
import io.callimport.genesys.recordings.Recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordingPlanTests {

	private static final Duration WAIT = Duration.ofMinutes(30);

	private final Instant soonAfterEnd = Details.END.plusSeconds(5);

	private final Instant longAfterEnd = Details.END.plus(WAIT).plusSeconds(1);

	@Test
	void availableRecordingsAreDownloadedArchivedAndDeletedOnesNoted() {
		List<Recording> listed = List.of(available("r1"), recording("r2", FileState.ARCHIVED),
				recording("r3", FileState.DELETED), screen("screen"), restored("r4"));

		RecordingPlan plan = RecordingPlan.of(listed, Details.inbound("c1", true, "a1"), this.soonAfterEnd, WAIT);

		assertThat(plan.downloads()).extracting(RecordingPlan.Download::recordingId).containsExactly("r1", "r4");
		assertThat(plan.downloads().get(0).mediaUri()).hasToString("https://media.example/r1?sig=x");
		assertThat(plan.downloads().get(0).listed()).isEqualTo(listed.get(0));
		assertThat(plan.unavailable()).extracting(Recording::id).containsExactly("r2", "r3");
	}

	@Test
	void unfinishedRecordingIsWaitedForThenGivenUp() {
		List<Recording> listed = List.of(available("r1"), recording("r2", FileState.UPLOADING));
		ConversationDetails details = Details.inbound("c1", true, "a1");

		assertThatThrownBy(() -> RecordingPlan.of(listed, details, this.soonAfterEnd, WAIT))
			.isInstanceOfSatisfying(ImportFailureException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(ReasonCode.RECORDINGS_NOT_READY))
			.hasMessageContaining("r2", "UPLOADING");
		assertThatThrownBy(() -> RecordingPlan.of(listed, details, this.longAfterEnd, WAIT)).isInstanceOfSatisfying(
				ImportFailureException.class,
				(ex) -> assertThat(ex.code()).isEqualTo(ReasonCode.RECORDING_UNAVAILABLE));
	}

	@Test
	void availableRecordingWithoutMediaUriIsNotReady() {
		Recording noUri = recording("r1", FileState.AVAILABLE);

		assertThatThrownBy(
				() -> RecordingPlan.of(List.of(noUri), Details.inbound("c1", true, "a1"), this.soonAfterEnd, WAIT))
			.hasMessageContaining("without a media URI");
	}

	@Test
	void emptyListOfARecordedCallMeansLaterUntilTheWaitIsOver() {
		ConversationDetails recorded = Details.inbound("c1", true, "a1");

		assertThatThrownBy(() -> RecordingPlan.of(List.of(), recorded, this.soonAfterEnd, WAIT)).isInstanceOfSatisfying(
				ImportFailureException.class, (ex) -> assertThat(ex.code()).isEqualTo(ReasonCode.RECORDINGS_NOT_READY));
		RecordingPlan late = RecordingPlan.of(List.of(), recorded, this.longAfterEnd, WAIT);
		assertThat(late.downloads()).isEmpty();
		assertThat(late.unavailable()).isEmpty();
	}

	@Test
	void emptyListIsFinalAtOnceWhenAnalyticsSaysNothingWasRecorded() {
		RecordingPlan plan = RecordingPlan.of(List.of(), Details.inbound("c1", false, "a1"), this.soonAfterEnd, WAIT);

		assertThat(plan.downloads()).isEmpty();
	}

	@Test
	void emptyListWaitsWhenAnalyticsDoesNotSay() {
		assertThatThrownBy(
				() -> RecordingPlan.of(List.of(), Details.inbound("c1", null, "a1"), this.soonAfterEnd, WAIT))
			.isInstanceOf(ImportFailureException.class);
	}

	@Test
	void mediaUriUnderAnotherKeyIsUsed() {
		Recording recording = withUris("r1", FileState.AVAILABLE, Map.of("0", "https://media.example/zero"));

		assertThat(RecordingPlan.mediaUri(recording)).hasToString("https://media.example/zero");
	}

	@Test
	void recordingWithoutIdOrWithABrokenUriIsBadData() {
		Recording noId = withUris(null, FileState.AVAILABLE, Map.of("S", "https://media.example/x"));
		Recording brokenUri = withUris("r1", FileState.AVAILABLE, Map.of("S", "https://media example/ x"));
		ConversationDetails details = Details.inbound("c1", true, "a1");

		assertThatThrownBy(() -> RecordingPlan.of(List.of(noId), details, this.soonAfterEnd, WAIT))
			.isInstanceOfSatisfying(ImportFailureException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(ReasonCode.BAD_DATA));
		assertThatThrownBy(() -> RecordingPlan.of(List.of(brokenUri), details, this.soonAfterEnd, WAIT))
			.isInstanceOfSatisfying(ImportFailureException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(ReasonCode.BAD_DATA));
	}

	static Recording available(String id) {
		return withUris(id, FileState.AVAILABLE, Map.of("S", "https://media.example/" + id + "?sig=x"));
	}

	static Recording restored(String id) {
		return withUris(id, FileState.RESTORED, Map.of("S", "https://media.example/" + id + "?sig=x"));
	}

	static Recording screen(String id) {
		return new Recording(id, "screen", FileState.AVAILABLE, Map.of("S", "https://media.example/" + id), null, null,
				null, null);
	}

	static Recording recording(String id, FileState state) {
		return withUris(id, state, Map.of());
	}

	static Recording withUris(String id, FileState state, Map<String, String> uris) {
		return new Recording(id, "audio", state, uris, 4096L, Details.START, Details.END, 300_000L);
	}

}
