package org.accord.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The seated members of a working group now, with vacancies, quota compliance and the twinning check. */
public record Roster(UUID workingGroupId, int seats, List<Holder> holders, int vacancies,
                     List<ComplianceRow> compliance, boolean compliant, Twinning twinning,
                     Integer confirmedAllocation) {

    public record Holder(UUID id, int seatNumber, UUID userId, String name, String organisation, String country,
                         List<String> attributes, String reason, String countsToward, LocalDate termStart,
                         LocalDate termEnd) {
    }

    /** Twinned leadership: a convenor from outside the Global Majority is twinned with a Global Majority co-convenor. */
    public record Twinning(boolean required, String convenor, String convenorCountry, String coConvenor,
                           String coConvenorCountry, boolean met, String message) {
    }
}
