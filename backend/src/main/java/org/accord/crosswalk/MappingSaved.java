package org.accord.crosswalk;

import java.util.List;

/** A saved mapping and what the author should know about it (e.g. the instrument was repealed). */
public record MappingSaved(MappingView mapping, List<String> warnings) {
}
