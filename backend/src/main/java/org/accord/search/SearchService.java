package org.accord.search;

import org.accord.shared.UnavailableException;
import org.accord.identity.AccordUser;
import org.accord.identity.IdentityService;
import org.accord.membership.MembershipService;
import org.accord.membership.MyWorkingGroup;
import org.accord.membership.Representation;
import org.accord.shared.security.WorkingGroupAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.*;

/**
 * Search for people: their query, their permissions. The caller's access tags are worked out here (public; their
 * working groups; their own unsubmitted comments and, for organisation leads, their organisation's), so a hit is
 * never something they could not open. An unavailable index gives a notice, not an error page.
 */
@Service
public class SearchService {

    private final SearchIndex index;
    private final SearchOutbox outbox;
    private final MembershipService membership;
    private final WorkingGroupAccess access;

    SearchService(SearchIndex index, SearchOutbox outbox, MembershipService membership, WorkingGroupAccess access) {
        this.index = index;
        this.outbox = outbox;
        this.membership = membership;
        this.access = access;
    }

    /** For people: an unreachable index becomes a notice on an empty result, the rest of the page keeps working. */
    public SearchResult search(String text, Map<String, Set<String>> filters, int limit) {
        try {
            return searchOrFail(text, filters, limit);
        } catch (UnavailableException e) {
            return new SearchResult(List.of(), 0, Map.of(), List.of(e.getMessage()));
        }
    }

    /**
     * For API clients: an unreachable index is an {@link UnavailableException} (503), so that "no hits" is never
     * mistaken for "nothing matches".
     */
    public SearchResult searchOrFail(String text, Map<String, Set<String>> filters, int limit) {
        Map<String, Set<String>> known = new HashMap<>();
        (filters == null ? Map.<String, Set<String>>of() : filters).forEach((k, v) -> {
            if (SearchQuery.FACETS.contains(k) && v != null && !v.isEmpty()) {
                known.put(k, Set.copyOf(v));
            }
        });
        String q = text == null ? "" : text.length() > SearchQuery.MAX_TEXT ? text.substring(0, SearchQuery.MAX_TEXT) : text;
        // Outside the try: a database failure here is the database's (503 with its own message), not the index's.
        Set<String> tags = readerTags();
        SearchResult r;
        try {
            r = index.search(new SearchQuery(q, known, tags, Math.max(1, Math.min(limit, 100))));
        } catch (RuntimeException e) {
            throw new UnavailableException("Search is unavailable right now (" + index.health().engine()
                    + "); everything else keeps working. Try again in a moment.", e);
        }
        if (text != null && text.length() > SearchQuery.MAX_TEXT) {
            List<String> notices = new ArrayList<>(r.notices());
            notices.add("Only the first " + SearchQuery.MAX_TEXT + " characters of your query were used.");
            return new SearchResult(r.hits(), r.total(), r.facets(), notices);
        }
        return r;
    }

    /** What the caller may see: public always; then their groups, their drafts, their organisations' drafts. */
    Set<String> readerTags() {
        Set<String> tags = new HashSet<>(Set.of("public"));
        Optional<AccordUser> me = IdentityService.currentUser();
        if (access.isStaff()) {
            tags.add("staff");
        }
        me.ifPresent(u -> {
            tags.add("user:" + u.userId());
            for (MyWorkingGroup g : membership.workingGroupsOf(u.userId())) {
                tags.add("wg:" + g.workingGroup().id());
                Representation r = membership.representation(g.workingGroup().id(), u.userId());
                if (r.lead() && r.organisation() != null) {
                    tags.add("orglead:" + r.organisation().id());
                }
            }
        });
        return tags;
    }

    /** Index state for operators: engine, up/down, notes (e.g. missing language analysers), changes waiting. */
    /** {@code reindexProgress}: share of a running full rebuild done, -1 when none runs. */
    public record Status(SearchIndex.Health health, long documents, long pendingChanges, String lastError,
                         double reindexProgress) {
    }

    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    public Status status() {
        SearchIndex.Health h = index.health();
        long docs;
        try {
            docs = h.up() ? index.count() : -1;
        } catch (RuntimeException e) {
            docs = -1;
        }
        return new Status(h, docs, outbox.pending(), outbox.lastError(), outbox.reindexProgress());
    }

    /** Applies the changes waiting in the outbox now rather than at the next scheduled round. */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    public void catchUp() {
        outbox.drain();
    }

    /** Rebuilds the whole index from the database, in the background through the outbox. */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @org.springframework.transaction.annotation.Transactional
    public void reindexAll() {
        outbox.enqueue(SearchOutbox.Scope.ALL, null);
    }
}
