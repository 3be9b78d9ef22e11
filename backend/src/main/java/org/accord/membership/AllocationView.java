package org.accord.membership;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One allocation run with its explanations. {@code status}: PROPOSED, CONFIRMED, DISCARDED or SUPERSEDED.
 * For REFILL, {@code seats} holds only the newly filled seats.
 */
public record AllocationView(UUID id, int number, AllocationMode mode, Long seed, String status, Instant createdAt,
                             String createdBy, Instant decidedAt, String decidedBy, List<SeatView> seats,
                             List<DisplacedView> displaced, List<ComplianceRow> compliance, List<String> notes) {

    /** One seat in a proposal. {@code selectionProbability} only for lotteries. */
    public record SeatView(int seatNumber, UUID applicationId, UUID userId, String name, String organisation,
                           String country, Integer rank, String reason, String countsToward,
                           Double selectionProbability) {
    }

    /** A better-ranked applicant held out by a quota, and who was seated instead. */
    public record DisplacedView(UUID applicationId, String name, Integer rank, String quota, String seatedInstead) {
    }
}
