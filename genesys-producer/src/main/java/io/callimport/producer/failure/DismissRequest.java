package io.callimport.producer.failure;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST …/failures/dismissals}: the OPEN failures to dismiss, named one
 * by one (there is no "dismiss everything").
 */
record DismissRequest(@NotEmpty @Size(max = FailureReplayer.MAX_PER_REQUEST) List<UUID> ids) {
}
