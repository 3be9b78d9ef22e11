package org.accord.drafting;

import java.util.*;

/**
 * Compares two states of a document clause by clause, by stable clause id: which clauses were
 * added, deleted, moved (to another parent, or out of order among their siblings — not merely
 * renumbered because something moved around them) and whose title or text changed.
 */
public final class DocumentComparison {

    /** One clause in one state of the document. */
    public record Entry(UUID id, UUID parentId, int position, ClauseKind kind, String number, String title, String body) {
    }

    public enum Status { ADDED, DELETED, CHANGED, UNCHANGED }

    public record ClauseChange(UUID clauseId, Status status, String fromNumber, String toNumber, String title,
                               boolean moved, boolean titleChanged, boolean textChanged, String fromTitle,
                               List<WordDiff.Change> textDiff) {
    }

    private DocumentComparison() {
    }

    /** Changes in reading order of the newer state; deleted clauses follow where they stood. */
    public static List<ClauseChange> compare(List<Entry> from, List<Entry> to) {
        Map<UUID, Entry> before = new LinkedHashMap<>();
        from.forEach(e -> before.put(e.id(), e));
        Map<UUID, Entry> after = new LinkedHashMap<>();
        to.forEach(e -> after.put(e.id(), e));
        Set<UUID> movedOutOfOrder = outOfOrder(from, to, before, after);

        List<ClauseChange> changes = new ArrayList<>();
        for (Entry e : to) {
            Entry old = before.get(e.id());
            if (old == null) {
                changes.add(new ClauseChange(e.id(), Status.ADDED, null, e.number(), e.title(), false, false, true, null,
                        WordDiff.diff("", e.body())));
                continue;
            }
            boolean moved = !Objects.equals(old.parentId(), e.parentId()) || movedOutOfOrder.contains(e.id());
            boolean titleChanged = !Objects.equals(old.title(), e.title());
            List<WordDiff.Change> diff = WordDiff.diff(old.body(), e.body());
            boolean textChanged = !WordDiff.unchanged(diff);
            Status status = moved || titleChanged || textChanged ? Status.CHANGED : Status.UNCHANGED;
            changes.add(new ClauseChange(e.id(), status, old.number(), e.number(), e.title(), moved, titleChanged,
                    textChanged, titleChanged ? old.title() : null, textChanged ? diff : List.of()));
        }
        int insertAt = 0;
        for (Entry old : from) {
            if (!after.containsKey(old.id())) {
                changes.add(Math.min(insertAt, changes.size()), new ClauseChange(old.id(), Status.DELETED, old.number(),
                        null, old.title(), false, false, true, null, WordDiff.diff(old.body(), "")));
                insertAt++;
            } else {
                insertAt = indexOf(changes, old.id()) + 1;
            }
        }
        return changes;
    }

    private static int indexOf(List<ClauseChange> changes, UUID id) {
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).clauseId().equals(id)) {
                return i;
            }
        }
        return changes.size() - 1;
    }

    /** Clauses whose order among siblings present in both states changed (outside a longest common run). */
    private static Set<UUID> outOfOrder(List<Entry> from, List<Entry> to, Map<UUID, Entry> before, Map<UUID, Entry> after) {
        Set<UUID> moved = new HashSet<>();
        Set<UUID> parents = new HashSet<>();
        to.forEach(e -> parents.add(e.parentId()));
        for (UUID parent : parents) {
            List<UUID> oldOrder = siblings(from, parent, after);
            List<UUID> newOrder = siblings(to, parent, before);
            Set<UUID> kept = new HashSet<>(lcs(oldOrder, newOrder));
            newOrder.stream().filter(id -> !kept.contains(id)).forEach(moved::add);
        }
        return moved;
    }

    private static List<UUID> siblings(List<Entry> state, UUID parent, Map<UUID, Entry> other) {
        return state.stream()
                .filter(e -> Objects.equals(e.parentId(), parent))
                .filter(e -> other.containsKey(e.id()) && Objects.equals(other.get(e.id()).parentId(), parent))
                .sorted(Comparator.comparingInt(Entry::position))
                .map(Entry::id).toList();
    }

    private static List<UUID> lcs(List<UUID> a, List<UUID> b) {
        int[][] len = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                len[i][j] = a.get(i).equals(b.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        List<UUID> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                out.add(a.get(i));
                i++;
                j++;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }
}
