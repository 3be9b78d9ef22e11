package org.accord.search;

import org.accord.commenting.CommentSearchEntry;
import org.accord.commenting.CommentingService;
import org.accord.crosswalk.CrosswalkService;
import org.accord.crosswalk.InstrumentSummary;
import org.accord.drafting.ClauseNode;
import org.accord.drafting.DraftSummary;
import org.accord.drafting.DraftingService;
import org.accord.drafting.TermView;
import org.accord.membership.MembershipService;
import org.accord.publishing.PublicationSummary;
import org.accord.publishing.PublishingService;
import org.accord.shared.NotFoundException;
import org.accord.shared.security.SystemActor;
import org.springframework.stereotype.Component;

import java.util.*;
import java.util.function.BiConsumer;

/**
 * Turns the modules' content into search documents, read through their public services as the system, each with
 * the access tags that decide who may find it: working-group content for members ({@code wg:}) and the
 * secretariat ({@code staff}); unsubmitted comments for their author ({@code user:}) and their organisation's lead
 * in that working group ({@code orglead:<wg>:<org>}); laws and publications for everyone ({@code public}).
 */
@Component
class SearchDocuments {

    private final DraftingService drafting;
    private final org.accord.drafting.TranslationService translations;
    private final CommentingService commenting;
    private final MembershipService membership;
    private final CrosswalkService crosswalk;
    private final PublishingService publishing;

    SearchDocuments(DraftingService drafting, org.accord.drafting.TranslationService translations,
                    CommentingService commenting, MembershipService membership,
                    CrosswalkService crosswalk, PublishingService publishing) {
        this.drafting = drafting;
        this.translations = translations;
        this.commenting = commenting;
        this.membership = membership;
        this.crosswalk = crosswalk;
        this.publishing = publishing;
    }

    List<SearchDocument> ofDraft(UUID draftId) {
        return SystemActor.call("search", () -> {
            DraftSummary d;
            try {
                d = drafting.draft(draftId);
            } catch (NotFoundException e) {
                return List.of();
            }
            String committee = membership.workingGroup(d.workingGroupId()).committeeReference();
            Set<String> members = Set.of("wg:" + d.workingGroupId(), "staff");
            List<SearchDocument> out = new ArrayList<>();
            Map<UUID, String> numbers = new HashMap<>();
            Map<UUID, ClauseNode> clauses = new HashMap<>();
            walk(drafting.clauseTree(draftId), null, (n, parent) -> {
                numbers.put(n.id(), n.number());
                clauses.put(n.id(), n);
                String title = n.kind().isNumberedSection() ? d.reference() + " " + n.heading()
                        : d.reference() + " " + n.number() + (parent == null ? "" : " in " + parent.number());
                out.add(new SearchDocument("clause:" + n.id(), SearchKind.CLAUSE, title, n.text(), d.language(), committee,
                        d.id(), null, null, d.stageCode(), members, "/drafts/" + d.id() + "/clauses/" + n.id(), d.updatedAt()));
                for (TermView t : n.terms() == null ? List.<TermView>of() : n.terms()) {
                    out.add(new SearchDocument("term:" + t.id(), SearchKind.TERM, t.number() + " " + t.term(),
                            String.join("; ", t.admittedTerms() == null ? List.of() : t.admittedTerms()) + " "
                                    + t.definition() + (t.note() == null ? "" : " " + t.note()),
                            d.language(), committee, d.id(), null, null, d.stageCode(), members,
                            "/drafts/" + d.id() + "/clauses/" + n.id(), d.updatedAt()));
                }
            });
            // Translations are clause documents in their own language (analysed as such), linking to the clause.
            for (org.accord.drafting.ClauseTranslationView t : translations.allTranslations(draftId)) {
                ClauseNode n = clauses.get(t.clauseId());
                if (n == null) {
                    continue;
                }
                String heading = n.kind().isNumberedSection() ? n.number() + " " + t.title() : n.number();
                out.add(new SearchDocument("translation:" + t.clauseId() + ":" + t.language(), SearchKind.CLAUSE,
                        d.reference() + " " + heading + " [" + t.language() + (t.official() ? "" : ", informal") + "]",
                        t.text(), t.language(), committee, d.id(), null, null, d.stageCode(), members,
                        "/drafts/" + d.id() + "/clauses/" + t.clauseId(), t.updatedAt()));
            }
            for (CommentSearchEntry c : commenting.searchEntries(draftId)) {
                Set<String> readers = c.submitted() ? members : c.organisationId() == null
                        ? Set.of("user:" + c.authorId())
                        : Set.of("user:" + c.authorId(), orgLeadTag(d.workingGroupId(), c.organisationId()));
                out.add(new SearchDocument("comment:" + c.id(), SearchKind.COMMENT, c.commentId() + " on "
                        + d.reference() + " " + (c.clauseRef() == null ? numbers.getOrDefault(c.clauseId(), "") : c.clauseRef())
                        + (c.submitted() ? "" : " (not submitted)"),
                        join(c.justification(), c.proposedChange(), c.observation()),
                        c.language() == null ? d.language() : c.language(), committee, d.id(), null,
                        null, d.stageCode(), readers, "/drafts/" + d.id() + "/clauses/" + c.clauseId(), c.createdAt()));
            }
            return out;
        });
    }

    List<SearchDocument> ofInstrument(UUID instrumentId) {
        return SystemActor.call("search", () -> {
            InstrumentSummary i;
            try {
                i = crosswalk.instrument(instrumentId);
            } catch (NotFoundException e) {
                return List.of();
            }
            String link = i.link() == null ? "/crosswalk" : i.link();
            return crosswalk.provisions(instrumentId, false).stream().map(p -> new SearchDocument("provision:" + p.id(),
                    SearchKind.PROVISION, i.label() + " " + p.label(), p.body(), p.language() != null ? p.language()
                    : i.language(), null, null, i.jurisdiction(), i.bindingNature().name(), null, Set.of("public"), link,
                    null)).toList();
        });
    }

    List<SearchDocument> ofPublication(UUID publicationId) {
        return SystemActor.call("search", () -> {
            PublicationSummary s;
            try {
                s = publishing.publication(publicationId).summary();
            } catch (NotFoundException e) {
                return List.of();
            }
            List<SearchDocument> out = new ArrayList<>();
            String base = "/standards/" + s.id();
            out.add(new SearchDocument("publication:" + s.id(), SearchKind.PUBLICATION, s.designation() + " " + s.title(),
                    s.urn() + " " + s.committee() + " " + s.workingGroup() + " " + s.status(), s.language(), s.committee(),
                    s.draftId(), null, null, "published", Set.of("public"), base, s.publishedAt()));
            walk(publishing.clauses(s.id()), null, (n, parent) -> out.add(new SearchDocument(
                    "published:" + s.id() + ":" + n.id(), SearchKind.CLAUSE, s.designation() + " " + n.heading(), n.text(),
                    s.language(), s.committee(), s.draftId(), null, null, "published", Set.of("public"),
                    base + "#c-" + n.id(), s.publishedAt())));
            return out;
        });
    }

    /** Every group (draft, instrument, publication) with its documents, for a full reindex; returns the group count. */
    int everything(java.util.function.IntConsumer total, BiConsumer<String, List<SearchDocument>> sink) {
        List<UUID> drafts = SystemActor.call("search", () -> drafting.drafts().stream().map(DraftSummary::id).toList());
        List<UUID> instruments = SystemActor.call("search", () -> crosswalk.instruments().stream().map(InstrumentSummary::id).toList());
        List<UUID> publications = SystemActor.call("search", () -> publishing.catalogue(null, null, null).stream()
                .map(PublicationSummary::id).toList());
        total.accept(drafts.size() + instruments.size() + publications.size());
        drafts.forEach(id -> sink.accept("draft:" + id, ofDraft(id)));
        instruments.forEach(id -> sink.accept("instrument:" + id, ofInstrument(id)));
        publications.forEach(id -> sink.accept("publication:" + id, ofPublication(id)));
        return drafts.size() + instruments.size() + publications.size();
    }

    /**
     * Who may read an organisation's unsubmitted comments in a working group: its lead there. Lead status is per
     * working group, so the tag names both; a lead of the same organisation elsewhere does not get it.
     */
    static String orgLeadTag(UUID workingGroupId, UUID organisationId) {
        return "orglead:" + workingGroupId + ":" + organisationId;
    }

    private static String join(String... parts) {
        StringJoiner j = new StringJoiner("\n");
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                j.add(p);
            }
        }
        return j.toString();
    }

    private static void walk(List<ClauseNode> nodes, ClauseNode parent, BiConsumer<ClauseNode, ClauseNode> visit) {
        for (ClauseNode n : nodes) {
            visit.accept(n, parent);
            walk(n.children(), n, visit);
        }
    }
}
