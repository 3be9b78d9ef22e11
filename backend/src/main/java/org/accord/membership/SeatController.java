package org.accord.membership;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.accord.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.*;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/working-groups/{id}")
@Tag(name = "Seats", description = "Seat plans, applications, allocations and rosters")
class SeatController {

    private final SeatService seats;

    SeatController(SeatService seats) {
        this.seats = seats;
    }

    @GetMapping("/seat-plan")
    @Operation(summary = "The working group's seat plan")
    SeatPlanSpec seatPlan(@PathVariable UUID id) {
        return seats.seatPlan(id).orElseThrow(() -> new NotFoundException("Seat plan of working group", id));
    }

    @PutMapping("/seat-plan")
    @Operation(summary = "Replace the seat plan (secretariat). Send the version you read; a stale one is refused.")
    SeatPlanSpec saveSeatPlan(@PathVariable UUID id, @RequestBody SeatPlanSpec plan) {
        return seats.saveSeatPlan(id, plan);
    }

    @PostMapping("/seat-plan/check")
    @Operation(summary = "Check an unsaved plan against the current applicants; nothing is stored")
    FeasibilityReport check(@PathVariable UUID id, @RequestBody SeatPlanSpec plan) {
        return seats.checkPlan(id, plan);
    }

    @GetMapping("/seat-plan/attributes")
    @Operation(summary = "Attribute codes a quota may name, with labels (country:CC is also accepted)")
    Map<String, String> attributes(@PathVariable UUID id) {
        return seats.quotaAttributes();
    }

    @GetMapping("/applications")
    @Operation(summary = "Active applications, ranked first (secretariat, convenor)")
    List<SeatApplicationView> applications(@PathVariable UUID id) {
        return seats.applications(id);
    }

    @PostMapping("/applications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Apply for a seat as the signed-in person (or update your application)")
    Map<String, UUID> apply(@PathVariable UUID id, @RequestBody NewSeatApplication application) {
        return Map.of("id", seats.apply(id, application));
    }

    @DeleteMapping("/applications/mine")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw your application")
    void withdraw(@PathVariable UUID id) {
        seats.withdraw(id);
    }

    @PutMapping("/applications/ranking")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set the merit order: every active application id once, best first (secretariat)")
    void rank(@PathVariable UUID id, @RequestBody List<UUID> ordered) {
        seats.rank(id, ordered);
    }

    @PostMapping(value = "/applications/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Import applications with ranks from CSV: username,organisation,country,groups,rank,statement; "
            + "all rows or none")
    Map<String, Integer> importApplications(@PathVariable UUID id, @RequestBody String csv) {
        return Map.of("imported", seats.importApplications(id, csv));
    }

    /** {@code seed} only for lotteries, and it must be the published one (may be omitted). */
    record AllocationRequest(AllocationMode mode, Long seed) {
    }

    @PostMapping("/allocations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Run an allocation (MERIT, LOTTERY_LEXIMIN, LOTTERY_LEGACY or REFILL): stored as a proposal "
            + "with explanations; the roster changes only when the secretariat confirms it")
    AllocationView allocate(@PathVariable UUID id, @RequestBody AllocationRequest request) {
        return seats.allocate(id, request.mode(), request.seed());
    }

    @GetMapping("/allocations")
    @Operation(summary = "All allocation runs, newest first")
    List<AllocationView> allocations(@PathVariable UUID id) {
        return seats.allocations(id);
    }

    @GetMapping("/allocations/{allocationId}")
    @Operation(summary = "One allocation run with its explanations")
    AllocationView allocation(@PathVariable UUID id, @PathVariable UUID allocationId) {
        return seats.allocation(id, allocationId);
    }

    @PostMapping("/allocations/{allocationId}/confirm")
    @Operation(summary = "Confirm a proposal: it becomes the roster (secretariat)")
    Roster confirm(@PathVariable UUID id, @PathVariable UUID allocationId) {
        return seats.confirm(id, allocationId);
    }

    @PostMapping("/allocations/{allocationId}/discard")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Discard a proposal (secretariat)")
    void discard(@PathVariable UUID id, @PathVariable UUID allocationId) {
        seats.discard(id, allocationId);
    }

    @GetMapping("/roster")
    @Operation(summary = "Seated members, vacancies and quota compliance")
    Roster roster(@PathVariable UUID id) {
        return seats.roster(id);
    }

    record Vacate(String reason) {
    }

    @PostMapping("/roster/{seatHolderId}/vacate")
    @Operation(summary = "A member leaves their seat (secretariat); refill with an allocation in REFILL mode")
    Roster vacate(@PathVariable UUID id, @PathVariable UUID seatHolderId, @RequestBody Vacate body) {
        seats.vacate(id, seatHolderId, body.reason());
        return seats.roster(id);
    }

    record CoConvenor(UUID userId, UUID organisationId) {
    }

    @PostMapping("/co-convenor")
    @Operation(summary = "Appoint the co-convenor (secretariat); with twinning required, a convenor from outside the "
            + "Global Majority needs a Global Majority co-convenor")
    Roster coConvenor(@PathVariable UUID id, @RequestBody CoConvenor body) {
        seats.appointCoConvenor(id, body.userId(), body.organisationId());
        return seats.roster(id);
    }
}
