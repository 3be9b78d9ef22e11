package org.accord.crosswalk.interchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * What importing a new version of an instrument would change. Provisions are matched by identifier only, so an
 * existing provision keeps its id, and the mappings attached to it, even when its number, heading or text changed.
 */
public final class ProvisionReimport {

    /** A stored provision, as far as a re-import can change it. */
    public record ExistingProvision(UUID id, String identifier, String number, String heading, String text,
                                    String parentIdentifier) {
    }

    /** An existing provision to overwrite with the imported one; {@code changedFields} says what differs. */
    public record Update(UUID existingId, ImportedProvision imported, List<String> changedFields) {
    }

    /**
     * @param added       imported provisions with a new identifier, in import order
     * @param updated     matched provisions of which at least one field changed, in import order
     * @param unchanged   how many matched provisions are identical
     * @param disappeared existing provisions the import no longer has, in their given order; the caller decides
     *                    whether to withdraw them (their mappings may still matter)
     */
    public record Plan(List<ImportedProvision> added, List<Update> updated, int unchanged,
                       List<ExistingProvision> disappeared) {
    }

    private ProvisionReimport() {
    }

    public static Plan plan(List<ExistingProvision> existing, List<ImportedProvision> imported) {
        Map<String, ExistingProvision> byIdentifier = new LinkedHashMap<>();
        for (ExistingProvision e : existing) {
            if (byIdentifier.putIfAbsent(e.identifier(), e) != null) {
                throw new IllegalArgumentException("Two existing provisions have identifier '" + e.identifier() + "'");
            }
        }
        List<ImportedProvision> added = new ArrayList<>();
        List<Update> updated = new ArrayList<>();
        int unchanged = 0;
        Set<String> seen = new HashSet<>();
        for (ImportedProvision i : imported) {
            if (!seen.add(i.identifier())) {
                throw new IllegalArgumentException("The import has identifier '" + i.identifier() + "' twice");
            }
            ExistingProvision e = byIdentifier.get(i.identifier());
            if (e == null) {
                added.add(i);
                continue;
            }
            List<String> changed = changedFields(e, i);
            if (changed.isEmpty()) {
                unchanged++;
            } else {
                updated.add(new Update(e.id(), i, changed));
            }
        }
        List<ExistingProvision> disappeared = byIdentifier.values().stream()
                .filter(e -> !seen.contains(e.identifier()))
                .toList();
        return new Plan(List.copyOf(added), List.copyOf(updated), unchanged, disappeared);
    }

    private static List<String> changedFields(ExistingProvision e, ImportedProvision i) {
        List<String> changed = new ArrayList<>();
        compare("number", e, i, ExistingProvision::number, ImportedProvision::number, changed);
        compare("heading", e, i, ExistingProvision::heading, ImportedProvision::heading, changed);
        compare("text", e, i, ExistingProvision::text, ImportedProvision::text, changed);
        compare("parent", e, i, ExistingProvision::parentIdentifier, ImportedProvision::parentIdentifier, changed);
        return List.copyOf(changed);
    }

    private static void compare(String field, ExistingProvision e, ImportedProvision i,
                                Function<ExistingProvision, String> stored, Function<ImportedProvision, String> read,
                                List<String> changed) {
        if (!Objects.equals(stored.apply(e), read.apply(i))) {
            changed.add(field);
        }
    }
}
