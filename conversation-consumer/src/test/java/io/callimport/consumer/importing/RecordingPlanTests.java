package io.callimport.consumer.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.model.MediaResult;
import com.mypurecloud.sdk.v2.model.Recording;
import com.mypurecloud.sdk.v2.model.Recording.FileStateEnum;
import org.junit.jupiter.api.Test;

import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.failure.ReasonCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordingPlanTests {

	private static final ObjectMapper SDK_JSON = ApiClient.buildObjectMapper(null);

	private static final Duration WAIT = Duration.ofMinutes(30);

	private final Instant soonAfterEnd = Details.END.plusSeconds(5);

	private final Instant longAfterEnd = Details.END.plus(WAIT).plusSeconds(1);

	@Test
	void availableRecordingsAreDownloadedArchivedAndDeletedOnesNoted() {
		List<Recording> listed = List.of(available("r1"), recording("r2", FileStateEnum.ARCHIVED),
				recording("r3", FileStateEnum.DELETED), available("screen").media("screen"));

		RecordingPlan plan = RecordingPlan.of(listed, Details.inbound("c1", true, "a1"), this.soonAfterEnd, WAIT);

		assertThat(plan.downloads()).extracting(RecordingPlan.Download::recordingId).containsExactly("r1");
		assertThat(plan.downloads().get(0).mediaUri()).hasToString("https://media.example/r1?sig=x");
		assertThat(plan.unavailable()).extracting(Recording::getId).containsExactly("r2", "r3");
	}

	@Test
	void unfinishedRecordingIsWaitedForThenGivenUp() {
		List<Recording> listed = List.of(available("r1"), recording("r2", FileStateEnum.UPLOADING));
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
		Recording noUri = recording("r1", FileStateEnum.AVAILABLE);

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
		Recording recording = recording("r1", FileStateEnum.AVAILABLE)
			.mediaUris(Map.of("0", new MediaResult().mediaUri("https://media.example/zero")));

		assertThat(RecordingPlan.mediaUri(recording)).hasToString("https://media.example/zero");
	}

	static Recording available(String id) {
		return recording(id, FileStateEnum.AVAILABLE)
			.mediaUris(Map.of("S", new MediaResult().mediaUri("https://media.example/" + id + "?sig=x")));
	}

	/** The SDK's Recording has no id setter: read it as Genesys would send it. */
	static Recording recording(String id, FileStateEnum state) {
		return SDK_JSON.convertValue(Map.of("id", id, "media", "audio", "fileState", state.toString()),
				Recording.class);
	}

}
