package org.accord.seed;

import org.accord.crosswalk.BindingNature;
import org.accord.crosswalk.InstrumentStatus;
import org.accord.crosswalk.InstrumentType;
import org.accord.crosswalk.JurisdictionKind;
import org.accord.drafting.AnnexType;
import org.accord.drafting.ClauseKind;
import org.accord.shared.security.PlatformRole;
import org.accord.shared.security.WorkingGroupRole;

import java.time.LocalDate;
import java.util.List;

/** The shape of the seed files. Unknown fields are errors, so a typo never passes silently. */
final class SeedFiles {
    private SeedFiles() {
    }

    record Organisations(List<Organisation> organisations) {}
    record Organisation(String code, String name, String stakeholderGroup, String country) {}

    record Committees(List<Committee> committees) {}
    record Committee(String reference, String title, String scope, List<WorkingGroup> workingGroups) {}
    record WorkingGroup(String code, String title, String scope) {}

    record Users(List<User> users) {}
    record User(String username, String displayName, String email, String password, String organisation,
                List<PlatformRole> globalRoles, List<Membership> memberships) {}
    record Membership(String workingGroup, WorkingGroupRole role, Boolean lead) {}

    record Instruments(List<Instrument> instruments) {}
    record Instrument(String code, String jurisdiction, JurisdictionKind jurisdictionKind, String jurisdictionName,
                      String title, String shortTitle, InstrumentType type, BindingNature bindingNature,
                      InstrumentStatus status, LocalDate adopted, LocalDate inForce, LocalDate repealed, String eli,
                      String akn, String urn, String url, String language, List<Provision> provisions) {}
    record Provision(String identifier, String number, String heading, String summary, String text, String kind,
                     List<Provision> children) {}

    record DraftFile(Draft draft) {}
    record Draft(String workingGroup, String reference, String title, String language, String stage, List<Clause> clauses,
                 List<String> versions, CommentPeriod commentPeriod, List<Comment> comments,
                 List<Translation> translations) {}
    /** A clause (by number) in another content language; {@code status} OFFICIAL or INFORMAL (the default). */
    record Translation(String clause, String language, org.accord.drafting.TranslationStatus status, String by,
                       String title, String body) {}
    /** {@code deadline} is an ISO-8601 duration from the moment of loading, e.g. P8W, so the demo period is always open. */
    record CommentPeriod(String version, String deadline, Boolean allowLate, String note) {}
    record Comment(String by, String clause, String type, String quote, String justification, String proposedChange,
                   String line, String paragraph, String language, Disposition disposition) {}
    record Disposition(String by, org.accord.commenting.Resolution resolution, String observation) {}
    record Clause(String title, ClauseKind kind, AnnexType annexType, String body, List<Term> terms, List<Clause> children) {}
    record Term(String term, List<String> admitted, String definition, String note, String source) {}

    record Seats(List<SeatPlanSeed> seatPlans) {}
    record Mappings(List<MappingSeed> mappings, List<DeviationSeed> deviations, List<AdoptionSeed> adoption) {}
    record MappingSeed(String draft, String clause, String instrument, String provision, String relationship,
                       String rationale, Integer strength, String explanation, String provenance, String status,
                       String author, String approvedBy) {}
    record DeviationSeed(String draft, String clause, String jurisdiction, String instrument, String provision,
                         String requirement, String author) {}
    record AdoptionSeed(String draft, String jurisdiction, String clause, org.accord.crosswalk.AdoptionDecision decision,
                        String note, String author) {}
    record SeatPlanSeed(String workingGroup, Integer seats, org.accord.membership.seats.CountingRule countingRule,
                        Integer termMonths, Integer termLimit, Boolean applicationsOpen, Boolean twinningRequired,
                        Long lotterySeed, Boolean allocateAndConfirm, List<QuotaSeed> quotas,
                        List<ApplicantSeed> applicants) {}
    record QuotaSeed(String attribute, Integer min, Integer max, Double minPercent, Double maxPercent) {}
    record ApplicantSeed(String username, String displayName, String organisation, String country, List<String> groups,
                         String statement) {}
}
