package io.callimport.genesys.directory;

import org.jspecify.annotations.Nullable;

/**
 * A Genesys group.
 *
 * @param id its id
 * @param name its name
 */
public record DirectoryGroup(String id, @Nullable String name) {
}
