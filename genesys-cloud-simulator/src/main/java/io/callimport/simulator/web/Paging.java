package io.callimport.simulator.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Genesys' page-number paging: 1-based pages, a page size of at most {@code max}.
 */
public record Paging(int pageSize, int pageNumber) {

	public static Paging of(@Nullable Integer pageSize, @Nullable Integer pageNumber, int defaultSize, int max) {
		int size = (pageSize != null) ? pageSize : defaultSize;
		int number = (pageNumber != null) ? pageNumber : 1;
		if (size < 1 || size > max) {
			throw GenesysApiException.badRequest("pageSize must be between 1 and " + max + ", was " + size);
		}
		if (number < 1) {
			throw GenesysApiException.badRequest("pageNumber must be at least 1, was " + number);
		}
		return new Paging(size, number);
	}

	public <T> List<T> page(List<T> all) {
		long from = (long) (this.pageNumber - 1) * this.pageSize;
		if (from >= all.size()) {
			return List.of();
		}
		return all.subList((int) from, (int) Math.min(all.size(), from + this.pageSize));
	}

	public int pageCount(int total) {
		return (total + this.pageSize - 1) / this.pageSize;
	}

	/** The URI of another page, as Genesys writes {@code nextUri} and friends. */
	public String uri(String path, int page) {
		return path + "?pageSize=" + this.pageSize + "&pageNumber=" + page;
	}

	public @Nullable String nextUri(String path, int total) {
		return (this.pageNumber < pageCount(total)) ? uri(path, this.pageNumber + 1) : null;
	}

	public @Nullable String previousUri(String path) {
		return (this.pageNumber > 1) ? uri(path, this.pageNumber - 1) : null;
	}

}
