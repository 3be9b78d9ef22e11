/**
 * The seat allocation engine: plain rules over a {@link org.accord.membership.seats.SeatPlan} and applicants,
 * solved with OR-Tools. Exposed so views can show plans, explanations and compliance in the engine's own terms.
 */
@org.springframework.modulith.NamedInterface("seats")
package org.accord.membership.seats;
