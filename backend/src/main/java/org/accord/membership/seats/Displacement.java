package org.accord.membership.seats;

/**
 * An applicant ranked better than the worst-ranked seated person who was not seated; {@code quota} says which quota
 * kept them out, {@code seatedInstead} who got a seat instead (null if no one can be named).
 */
public record Displacement(Applicant notSeated, Applicant seatedInstead, String quota) {
}
