package org.accord.seed;

import org.accord.crosswalk.CrosswalkService;
import org.accord.crosswalk.NewInstrument;
import org.accord.crosswalk.NewProvision;
import org.accord.drafting.DraftingService;
import org.accord.drafting.NewClause;
import org.accord.drafting.NewDraft;
import org.accord.drafting.NewTerm;
import org.accord.identity.IdentityService;
import org.accord.identity.NewUser;
import org.accord.membership.MembershipService;
import org.accord.membership.NewOrganisation;
import org.accord.shared.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.function.Supplier;

/**
 * Loads the demo content through the public services, all in one transaction: a bad file leaves
 * the database as empty as it found it. Skipped when any data exists.
 */
public class SeedLoader {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final String location;
    private final IdentityService identity;
    private final MembershipService membership;
    private final DraftingService drafting;
    private final CrosswalkService crosswalk;
    private final TransactionTemplate tx;
    private final org.accord.drafting.VersionService versions;
    private final org.accord.commenting.CommentingService commenting;
    private final org.springframework.security.core.userdetails.UserDetailsService userDetails;
    private final org.accord.membership.SeatService seats;
    private final org.accord.crosswalk.MappingService mappings;
    private final org.accord.shared.cluster.ClusterLocks locks;
    private final org.accord.drafting.TranslationService translations;

    public SeedLoader(String location, IdentityService identity, MembershipService membership, DraftingService drafting,
                      CrosswalkService crosswalk, TransactionTemplate tx, org.accord.drafting.VersionService versions,
                      org.accord.commenting.CommentingService commenting,
                      org.springframework.security.core.userdetails.UserDetailsService users,
                      org.accord.membership.SeatService seats, org.accord.crosswalk.MappingService mappings) {
        this(location, identity, membership, drafting, crosswalk, tx, versions, commenting, users, seats, mappings, null);
    }

    /** With {@code locks}: nodes starting together on one empty database seed it once (the others wait, then skip). */
    public SeedLoader(String location, IdentityService identity, MembershipService membership, DraftingService drafting,
                      CrosswalkService crosswalk, TransactionTemplate tx, org.accord.drafting.VersionService versions,
                      org.accord.commenting.CommentingService commenting,
                      org.springframework.security.core.userdetails.UserDetailsService users,
                      org.accord.membership.SeatService seats, org.accord.crosswalk.MappingService mappings,
                      org.accord.shared.cluster.ClusterLocks locks) {
        this(location, identity, membership, drafting, crosswalk, tx, versions, commenting, users, seats, mappings, locks, null);
    }

    /** With {@code translations}: drafts' {@code translations} are loaded too (a seed that has some needs it). */
    public SeedLoader(String location, IdentityService identity, MembershipService membership, DraftingService drafting,
                      CrosswalkService crosswalk, TransactionTemplate tx, org.accord.drafting.VersionService versions,
                      org.accord.commenting.CommentingService commenting,
                      org.springframework.security.core.userdetails.UserDetailsService users,
                      org.accord.membership.SeatService seats, org.accord.crosswalk.MappingService mappings,
                      org.accord.shared.cluster.ClusterLocks locks, org.accord.drafting.TranslationService translations) {
        this.translations = translations;
        this.locks = locks;
        this.seats = seats;
        this.mappings = mappings;
        this.versions = versions;
        this.commenting = commenting;
        this.userDetails = users;
        this.location = location.endsWith("/") ? location : location + "/";
        this.identity = identity;
        this.membership = membership;
        this.drafting = drafting;
        this.crosswalk = crosswalk;
        this.tx = tx;
    }

    /** @return true when content was loaded, false when the database already had data. */
    public boolean loadIfEmpty() {
        return Boolean.TRUE.equals(SystemActor.call("seed", () -> tx.execute(status -> {
            if (locks != null) {
                locks.awaitForTransaction("seed");
            }
            if (identity.hasAnyUser() || membership.hasAnyCommittee()) {
                log.info("Seed data skipped: the database already holds data");
                return false;
            }
            Run run = new Run();
            run.organisations(source("organisations.yaml"));
            run.committees(source("committees.yaml"));
            run.users(source("users.yaml"));
            run.instruments(source("instruments.yaml"));
            for (YamlSource draft : sources("draft-*.yaml")) {
                run.draft(draft);
            }
            for (YamlSource seatPlans : sources("seats.yaml")) {
                run.seats(seatPlans);
            }
            for (YamlSource crosswalks : sources("mappings.yaml")) {
                run.mappings(crosswalks);
            }
            log.info("Seed data loaded from {}: {} organisations, {} working groups, {} users, {} drafts",
                    location, run.organisations.size(), run.workingGroups.values().stream().filter(Objects::nonNull).distinct().count(), run.users, run.drafts);
            return true;
        })));
    }

    private YamlSource source(String file) {
        Resource r = new PathMatchingResourcePatternResolver().getResource(location + file);
        if (!r.exists()) {
            throw new SeedDataException(file, 0, "", "file missing in " + location, null);
        }
        return read(r);
    }

    private List<YamlSource> sources(String pattern) {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(location + pattern);
            return Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).map(this::read).toList();
        } catch (IOException e) {
            throw new SeedDataException(pattern, 0, "", "cannot list files: " + e.getMessage(), e);
        }
    }

    private YamlSource read(Resource r) {
        try {
            return new YamlSource(r.getFilename(), r.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SeedDataException(r.getFilename(), 0, "", "cannot read: " + e.getMessage(), e);
        }
    }

    /** The state of one load: codes already created, to resolve references between files. */
    private final class Run {
        final Map<String, UUID> organisations = new HashMap<>();
        final Map<String, UUID> workingGroups = new HashMap<>();
        final Map<String, UUID> draftIds = new HashMap<>();
        int users;
        int drafts;

        void organisations(YamlSource src) {
            var file = src.read(SeedFiles.Organisations.class);
            List<SeedFiles.Organisation> list = required(src, "/organisations", file.organisations());
            for (int i = 0; i < list.size(); i++) {
                var o = list.get(i);
                String at = "/organisations/" + i;
                if (membership.stakeholderGroups().stream().noneMatch(g -> g.code().equals(o.stakeholderGroup()))) {
                    throw src.error(at + "/stakeholderGroup", "unknown stakeholder group '" + o.stakeholderGroup()
                            + "'; known: " + membership.stakeholderGroups().stream()
                            .map(org.accord.membership.StakeholderGroup::code).toList(), null);
                }
                UUID id = apply(src, at, () -> membership.createOrganisation(
                        new NewOrganisation(o.code(), o.name(), o.stakeholderGroup(), o.country())));
                organisations.put(o.code(), id);
            }
        }

        void committees(YamlSource src) {
            var file = src.read(SeedFiles.Committees.class);
            List<SeedFiles.Committee> list = required(src, "/committees", file.committees());
            for (int i = 0; i < list.size(); i++) {
                var c = list.get(i);
                String at = "/committees/" + i;
                UUID committeeId = apply(src, at, () -> membership.createCommittee(c.reference(), c.title(), c.scope()));
                List<SeedFiles.WorkingGroup> wgs = required(src, at + "/workingGroups", c.workingGroups());
                for (int j = 0; j < wgs.size(); j++) {
                    var wg = wgs.get(j);
                    UUID wgId = apply(src, at + "/workingGroups/" + j,
                            () -> membership.createWorkingGroup(committeeId, wg.code(), wg.title(), wg.scope()));
                    workingGroups.put(c.reference() + "/" + wg.code(), wgId);
                    // A bare code ("WG 1") is a shorthand only while it is unambiguous.
                    workingGroups.merge(wg.code(), wgId, (a, b) -> null);
                }
            }
        }

        void users(YamlSource src) {
            var file = src.read(SeedFiles.Users.class);
            List<SeedFiles.User> list = required(src, "/users", file.users());
            for (int i = 0; i < list.size(); i++) {
                var u = list.get(i);
                String at = "/users/" + i;
                UUID orgId = u.organisation() == null ? null : lookup(src, at + "/organisation", organisations, u.organisation(), "organisation");
                UUID userId = apply(src, at, () -> identity.createUser(new NewUser(u.username(), u.displayName(), u.email(),
                        u.password(), u.globalRoles() == null ? Set.of() : Set.copyOf(u.globalRoles()))));
                List<SeedFiles.Membership> ms = u.memberships() == null ? List.of() : u.memberships();
                for (int j = 0; j < ms.size(); j++) {
                    var m = ms.get(j);
                    String mAt = at + "/memberships/" + j;
                    UUID wgId = lookup(src, mAt + "/workingGroup", workingGroups, m.workingGroup(), "working group");
                    if (m.role() == null) {
                        throw src.error(mAt + "/role", "role is required", null);
                    }
                    apply(src, mAt, () -> membership.addMember(wgId, userId, m.role(), orgId));
                    if (Boolean.TRUE.equals(m.lead())) {
                        apply(src, mAt + "/lead", () -> {
                            membership.setOrganisationLead(wgId, userId, true);
                            return null;
                        });
                    }
                }
                users++;
            }
        }

        void instruments(YamlSource src) {
            var file = src.read(SeedFiles.Instruments.class);
            List<SeedFiles.Instrument> list = required(src, "/instruments", file.instruments());
            for (int i = 0; i < list.size(); i++) {
                var in = list.get(i);
                String at = "/instruments/" + i;
                UUID id = apply(src, at, () -> crosswalk.createInstrument(new NewInstrument(in.code(), in.jurisdiction(),
                        in.jurisdictionKind(), in.jurisdictionName(), in.title(), in.shortTitle(), in.type(),
                        in.bindingNature(), in.status(), in.adopted(), in.inForce(), in.repealed(), in.eli(), in.akn(),
                        in.urn(), in.url(), in.language())));
                provisions(src, at + "/provisions", id, null, in.provisions());
            }
        }

        private void provisions(YamlSource src, String at, UUID instrumentId, UUID parentId, List<SeedFiles.Provision> list) {
            if (list == null) {
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                var p = list.get(i);
                UUID id = apply(src, at + "/" + i, () -> crosswalk.addProvision(instrumentId, parentId,
                        new NewProvision(p.identifier(), p.number(), p.heading(), p.text(), p.summary(), p.kind(), null, null)));
                provisions(src, at + "/" + i + "/children", instrumentId, id, p.children());
            }
        }

        void draft(YamlSource src) {
            var file = src.read(SeedFiles.DraftFile.class);
            var d = file.draft();
            if (d == null) {
                throw src.error("/draft", "a draft file needs a top-level 'draft'", null);
            }
            UUID wgId = lookup(src, "/draft/workingGroup", workingGroups, d.workingGroup(), "working group");
            UUID draftId = apply(src, "/draft", () -> drafting.createDraft(
                    new NewDraft(wgId, d.reference(), d.title(), d.language(), d.stage())));
            draftIds.put(d.reference(), draftId);
            clauses(src, "/draft/clauses", draftId, null, required(src, "/draft/clauses", d.clauses()));
            List<String> frozen = d.versions() == null ? List.of() : d.versions();
            for (int i = 0; i < frozen.size(); i++) {
                String label = frozen.get(i);
                apply(src, "/draft/versions/" + i, () -> versions.freeze(draftId, label, "Seed version"));
            }
            if (d.commentPeriod() != null) {
                var p = d.commentPeriod();
                java.time.Instant deadline;
                try {
                    deadline = java.time.Instant.now().plus(durationOf(p.deadline()));
                } catch (java.time.format.DateTimeParseException | ArithmeticException e) {
                    throw src.error("/draft/commentPeriod/deadline", "a duration such as P8W is expected, found '" + p.deadline() + "'", e);
                }
                apply(src, "/draft/commentPeriod", () -> commenting.openPeriod(draftId, p.version(), deadline,
                        Boolean.TRUE.equals(p.allowLate()), p.note()));
            }
            comments(src, draftId, d.comments() == null ? List.of() : d.comments());
            translations(src, draftId, d.translations() == null ? List.of() : d.translations());
            drafts++;
        }

        private void translations(YamlSource src, UUID draftId, List<SeedFiles.Translation> list) {
            if (list.isEmpty()) {
                return;
            }
            if (translations == null) {
                throw src.error("/draft/translations", "this loader was built without the translation service", null);
            }
            java.util.Map<String, UUID> clauseByNumber = new HashMap<>();
            drafting.clauseNumbers(draftId).forEach((id, number) -> clauseByNumber.put(number, id));
            for (int i = 0; i < list.size(); i++) {
                var t = list.get(i);
                String at = "/draft/translations/" + i;
                UUID clauseId = lookup(src, at + "/clause", clauseByNumber, t.clause(), "clause number");
                as(src, at + "/by", t.by(), () -> apply(src, at, () -> translations.save(draftId, clauseId, t.language(),
                        new org.accord.drafting.TranslationEdit(t.title(), t.body(), t.status(), null, 0))));
            }
        }

        private void comments(YamlSource src, UUID draftId, List<SeedFiles.Comment> list) {
            java.util.Map<String, UUID> clauseByNumber = new HashMap<>();
            drafting.clauseNumbers(draftId).forEach((id, number) -> clauseByNumber.put(number, id));
            for (int i = 0; i < list.size(); i++) {
                var c = list.get(i);
                String at = "/draft/comments/" + i;
                UUID clauseId = lookup(src, at + "/clause", clauseByNumber, c.clause(), "clause number");
                org.accord.commenting.CommentType type;
                try {
                    type = org.accord.commenting.CommentType.fromCode(c.type());
                } catch (IllegalArgumentException e) {
                    throw src.error(at + "/type", e.getMessage(), e);
                }
                var filed = as(src, at + "/by", c.by(), () -> apply(src, at, () -> commenting.file(draftId,
                        new org.accord.commenting.NewComment(clauseId, type, c.justification(), c.proposedChange(), c.line(),
                                c.paragraph(), c.quote(), null, true, c.language()))));
                if (c.disposition() != null) {
                    var disp = c.disposition();
                    as(src, at + "/disposition/by", disp.by(), () -> apply(src, at + "/disposition",
                            () -> commenting.dispose(filed.id(), disp.resolution(), disp.observation())));
                }
            }
        }

        final Map<String, UUID> applicantOrganisations = new HashMap<>();

        void seats(YamlSource src) {
            var file = src.read(SeedFiles.Seats.class);
            List<SeedFiles.SeatPlanSeed> list = required(src, "/seatPlans", file.seatPlans());
            for (int i = 0; i < list.size(); i++) {
                var p = list.get(i);
                String at = "/seatPlans/" + i;
                UUID wgId = lookup(src, at + "/workingGroup", workingGroups, p.workingGroup(), "working group");
                List<org.accord.membership.QuotaSpec> quotas = p.quotas() == null ? List.of() : p.quotas().stream()
                        .map(q -> new org.accord.membership.QuotaSpec(q.attribute(), null, q.min(), q.max(),
                                q.minPercent(), q.maxPercent())).toList();
                apply(src, at, () -> seats.saveSeatPlan(wgId, new org.accord.membership.SeatPlanSpec(p.seats(),
                        p.countingRule(), p.termMonths(), p.termLimit(), p.applicationsOpen(), p.twinningRequired(),
                        p.lotterySeed(), null, quotas, null)));
                List<SeedFiles.ApplicantSeed> applicants = required(src, at + "/applicants", p.applicants());
                List<UUID> ranking = new java.util.ArrayList<>();
                for (int j = 0; j < applicants.size(); j++) {
                    var a = applicants.get(j);
                    String aAt = at + "/applicants/" + j;
                    UUID orgId = a.organisation() == null ? null
                            : lookup(src, aAt + "/organisation", organisations, a.organisation(), "organisation");
                    if (a.displayName() != null && identity.findByUsername(a.username()).isEmpty()) {
                        apply(src, aAt, () -> identity.createUser(new NewUser(a.username(), a.displayName(),
                                a.username() + "@example.org", "accord-demo", Set.of())));
                        users++;
                    }
                    if (orgId != null) {
                        applicantOrganisations.put(a.username(), orgId);
                    }
                    UUID applicationOrg = orgId != null ? orgId
                            : applicantOrganisations.computeIfAbsent(a.username(), this::organisationOf);
                    ranking.add(as(src, aAt, a.username(), () -> apply(src, aAt, () -> seats.apply(wgId,
                            new org.accord.membership.NewSeatApplication(applicationOrg, a.country(), a.groups(),
                                    a.statement())))));
                }
                apply(src, at + "/applicants", () -> {
                    seats.rank(wgId, ranking);
                    return null;
                });
                if (Boolean.TRUE.equals(p.allocateAndConfirm())) {
                    apply(src, at + "/allocateAndConfirm", () -> seats.confirm(wgId,
                            seats.allocate(wgId, org.accord.membership.AllocationMode.MERIT, null).id()));
                }
            }
        }

        /**
         * Human crosswalk of the demo drafts: each mapping is made as its author; approved ones are approved by a
         * convenor afterwards (authors may only mark them reviewed). Then deviations and adoption decisions.
         */
        void mappings(YamlSource src) {
            var file = src.read(SeedFiles.Mappings.class);
            List<SeedFiles.MappingSeed> list = required(src, "/mappings", file.mappings());
            for (int i = 0; i < list.size(); i++) {
                var m = list.get(i);
                String at = "/mappings/" + i;
                UUID draftId = lookup(src, at + "/draft", draftIds, m.draft(), "draft");
                var status = apply(src, at + "/status", () -> org.accord.crosswalk.mapping.ReviewStatus.parse(m.status()));
                var entered = status == org.accord.crosswalk.mapping.ReviewStatus.APPROVED
                        ? org.accord.crosswalk.mapping.ReviewStatus.REVIEWED : status;
                var saved = as(src, at + "/author", m.author(), () -> apply(src, at, () -> mappings.save(draftId,
                        new org.accord.crosswalk.NewMapping(mappings.clauseByNumber(draftId, m.clause()),
                                mappings.provisionByReference(m.instrument(), m.provision()),
                                org.accord.crosswalk.mapping.Relationship.parse(m.relationship()),
                                org.accord.crosswalk.mapping.Rationale.parse(m.rationale()), m.strength(),
                                m.explanation(), org.accord.crosswalk.mapping.Provenance.parse(m.provenance()),
                                entered, null))));
                if (status == org.accord.crosswalk.mapping.ReviewStatus.APPROVED) {
                    String approver = m.approvedBy() == null ? "convenor" : m.approvedBy();
                    as(src, at + "/approvedBy", approver, () -> apply(src, at, () -> mappings.review(draftId,
                            saved.mapping().id(), status, saved.mapping().version())));
                }
            }
            List<SeedFiles.DeviationSeed> deviations = file.deviations() == null ? List.of() : file.deviations();
            for (int i = 0; i < deviations.size(); i++) {
                var d = deviations.get(i);
                String at = "/deviations/" + i;
                UUID draftId = lookup(src, at + "/draft", draftIds, d.draft(), "draft");
                as(src, at + "/author", d.author(), () -> apply(src, at, () -> mappings.recordDeviation(draftId,
                        new org.accord.crosswalk.NewDeviation(mappings.clauseByNumber(draftId, d.clause()),
                                d.jurisdiction(), mappings.provisionByReference(d.instrument(), d.provision()),
                                d.requirement()))));
            }
            List<SeedFiles.AdoptionSeed> adoptions = file.adoption() == null ? List.of() : file.adoption();
            for (int i = 0; i < adoptions.size(); i++) {
                var a = adoptions.get(i);
                String at = "/adoption/" + i;
                UUID draftId = lookup(src, at + "/draft", draftIds, a.draft(), "draft");
                as(src, at + "/author", a.author(), () -> apply(src, at, () -> {
                    mappings.decideAdoption(draftId, a.jurisdiction(), mappings.clauseByNumber(draftId, a.clause()),
                            a.decision(), a.note());
                    return null;
                }));
            }
        }

        /** The organisation a demo user represents in any working group, if any. */
        private UUID organisationOf(String username) {
            UUID userId = identity.findByUsername(username).map(org.accord.identity.UserSummary::id).orElse(null);
            if (userId == null) {
                return null;
            }
            return membership.workingGroupsOf(userId).stream().map(m -> m.workingGroup().id())
                    .map(wg -> membership.representation(wg, userId).organisation())
                    .filter(Objects::nonNull).map(org.accord.membership.OrganisationSummary::id).findFirst().orElse(null);
        }

        /** Runs a step as the named demo user, so authorship and permissions are real. */
        private <T> T as(YamlSource src, String at, String username, Supplier<T> work) {
            org.accord.identity.AccordUser user;
            try {
                user = (org.accord.identity.AccordUser) userDetails.loadUserByUsername(username == null ? "" : username);
            } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
                throw src.error(at, "unknown user '" + username + "'", e);
            }
            var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
            var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
            context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                    .authenticated(user, null, user.getAuthorities()));
            org.springframework.security.core.context.SecurityContextHolder.setContext(context);
            try {
                return work.get();
            } finally {
                org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
            }
        }

        private void clauses(YamlSource src, String at, UUID draftId, UUID parentId, List<SeedFiles.Clause> list) {
            for (int i = 0; i < list.size(); i++) {
                var c = list.get(i);
                String cAt = at + "/" + i;
                if (c.kind() == null) {
                    throw src.error(cAt + "/kind", "kind is required", null);
                }
                String body = c.body() == null ? "" : c.body().strip();
                UUID id = apply(src, cAt, () -> drafting.addClause(draftId, parentId,
                        new NewClause(c.kind(), c.annexType(), c.title(), body)));
                List<SeedFiles.Term> terms = c.terms() == null ? List.of() : c.terms();
                for (int j = 0; j < terms.size(); j++) {
                    var t = terms.get(j);
                    apply(src, cAt + "/terms/" + j, () -> drafting.addTerm(draftId, id,
                            new NewTerm(t.term(), t.admitted(), t.definition(), t.note(), t.source())));
                }
                if (c.children() != null) {
                    clauses(src, cAt + "/children", draftId, id, c.children());
                }
            }
        }
    }

    /** P8W, P30D (days and weeks) or PT72H. */
    static java.time.Duration durationOf(String text) {
        String t = text == null ? "" : text.trim();
        if (t.contains("T")) {
            return java.time.Duration.parse(t);
        }
        java.time.Period period = java.time.Period.parse(t);
        if (period.toTotalMonths() != 0) {
            throw new java.time.format.DateTimeParseException("months and years are not exact", t, 0);
        }
        return java.time.Duration.ofDays(period.getDays());
    }

    private static <T> List<T> required(YamlSource src, String at, List<T> list) {
        if (list == null || list.isEmpty()) {
            throw src.error(at, "at least one entry is required", null);
        }
        return list;
    }

    private static UUID lookup(YamlSource src, String at, Map<String, UUID> known, String key, String what) {
        UUID id = key == null ? null : known.get(key);
        if (id == null) {
            throw src.error(at, "unknown or ambiguous " + what + " '" + key + "'", null);
        }
        return id;
    }

    /** Calls a service and turns its refusal into an error that points at the entry. */
    private static <T> T apply(YamlSource src, String at, Supplier<T> call) {
        try {
            return call.get();
        } catch (SeedDataException e) {
            throw e;
        } catch (RuntimeException e) {
            throw src.error(at, e.getMessage(), e);
        }
    }
}
