package org.accord.search;

import org.accord.shared.InvalidInputException;
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
 * working groups; their own unsubmitted comments and, where they lead their organisation in a working group, its
 * unsubmitted comments in that group), so a hit is
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

    /**
     * For people: an unreachable index or a query the engine cannot read becomes a notice on an empty result, so the
     * rest of the page keeps working.
     */
    public SearchResult search(String text, Map<String, Set<String>> filters, int limit) {
        try {
            return searchOrFail(text, filters, limit);
        } catch (UnavailableException | InvalidInputException e) {
            return new SearchResult(List.of(), 0, Map.of(), List.of(e.getMessage()));
        }
    }

    /**
     * For API clients: an unreachable index is an {@link UnavailableException} (503), so that "no hits" is never
     * mistaken for "nothing matches"; a query the engine refuses is read again as plain words, and only if that fails
     * too is it an {@link InvalidInputException} (400). Anything else is a fault of ours and is not disguised.
     */
    public SearchResult searchOrFail(String text, Map<String, Set<String>> filters, int limit) {
        Map<String, Set<String>> known = new HashMap<>();
        (filters == null ? Map.<String, Set<String>>of() : filters).forEach((k, v) -> {
            if (SearchQuery.FACETS.contains(k) && v != null && !v.isEmpty()) {
                known.put(k, Set.copyOf(v));
            }
        });
        String q = text == null ? "" : SearchQuery.cut(text);
        // Outside the try: a database failure here is the database's (503 with its own message), not the index's.
        Set<String> tags = readerTags();
        int size = Math.max(1, Math.min(limit, 100));
        List<String> notices = new ArrayList<>();
        SearchResult r;
        try {
            r = ask(new SearchQuery(q, known, tags, size));
        } catch (IllegalArgumentException unreadable) {
            String plain = PLAIN.matcher(q).replaceAll(" ").strip().replaceAll("\\s+", " ");
            try {
                r = ask(new SearchQuery(plain, known, tags, size));
            } catch (IllegalArgumentException stillUnreadable) {
                throw new InvalidInputException("search.query.unreadable");
            }
            if (!r.notices().contains(SearchQuery.PLAIN_WORDS)) {
                notices.add(SearchQuery.PLAIN_WORDS);
            }
        }
        if (text != null && text.length() > SearchQuery.MAX_TEXT) {
            notices.add("Only the first " + SearchQuery.MAX_TEXT + " characters of your query were used.");
        }
        if (notices.isEmpty()) {
            return r;
        }
        List<String> all = new ArrayList<>(r.notices());
        all.addAll(notices);
        return new SearchResult(r.hits(), r.total(), r.facets(), all);
    }

    /** The English text of problems key search.query.unreadable. */
    static final String UNREADABLE = "Search could not read your query, even as plain words; try fewer or simpler words.";
    /** Everything but letters, digits and spaces: what is left of a query once its syntax is taken away. */
    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}\\p{M}\\s]+");

    /**
     * Runs a query. Adapters report an outage as {@link IllegalStateException} or {@link java.io.UncheckedIOException}
     * (503 here) and a query they cannot read as {@link IllegalArgumentException} (left to the caller).
     */
    private SearchResult ask(SearchQuery query) {
        try {
            return index.search(query);
        } catch (IllegalStateException | java.io.UncheckedIOException | UnavailableException e) {
            throw new UnavailableException("Search is unavailable right now (" + index.health().engine()
                    + "); everything else keeps working. Try again in a moment.", e);
        }
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
                    tags.add(SearchDocuments.orgLeadTag(g.workingGroup().id(), r.organisation().id()));
                }
            }
        });
        return tags;
    }

    /**
     * Index state for operators: engine, up/down, notes (e.g. missing language analysers), changes waiting;
     * {@code reindexProgress}: share of a running full rebuild done (read from the database, so the same on every
     * node), -1 when none runs.
     */
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
