package org.accord.crosswalk;

import java.util.List;

/**
 * What an import did: provisions added, updated (same identifier, new content) and unchanged, and the ones the
 * file no longer has, which are kept (marked removed) so mappings to them survive and can be reviewed.
 */
public record ProvisionImport(int added, int updated, int unchanged, List<String> disappeared, int mappingsOnDisappeared) {
}
