package io.callimport.genesys.metrics;

import java.util.List;
import java.util.regex.Pattern;

import okhttp3.Request;

/**
 * Names a request by method and path template, e.g. {@code GET
 * /api/v2/groups/{id}/members}: every path segment that is not a plain lowercase word
 * (Genesys' resource names are) becomes {@code {id}}, so ids, channel names and anything
 * odd never multiply the meters. A path prefix before {@code /api/v2} (a simulator behind
 * a context path) is dropped.
 */
public final class EndpointNames {

	private static final Pattern WORD = Pattern.compile("[a-z]{1,40}");

	private static final int MAX_SEGMENTS = 8;

	private EndpointNames() {
	}

	public static String of(Request request) {
		return request.method() + " " + template(request.url().encodedPathSegments());
	}

	static String template(List<String> segments) {
		int start = apiStart(segments);
		int end = Math.min(segments.size(), start + MAX_SEGMENTS);
		StringBuilder path = new StringBuilder();
		for (String segment : segments.subList(start, end)) {
			if (!segment.isEmpty()) {
				boolean word = WORD.matcher(segment).matches() || "v2".equals(segment);
				path.append('/').append(word ? segment : "{id}");
			}
		}
		return (path.length() == 0) ? "/" : path.toString();
	}

	private static int apiStart(List<String> segments) {
		for (int i = 0; i + 1 < segments.size(); i++) {
			if ("api".equals(segments.get(i)) && "v2".equals(segments.get(i + 1))) {
				return i;
			}
		}
		return 0;
	}

}
