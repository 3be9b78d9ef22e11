package org.accord.balloting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.*;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/ballots")
@Tag(name = "Ballots", description = "Ballot rounds, votes with receipts, results and the verifiable export")
class BallotController {

    private final BallotService ballots;

    BallotController(BallotService ballots) {
        this.ballots = ballots;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a ballot round (secretariat): on a frozen version or a motion, rule preset, weighting, window")
    BallotSummary open(@RequestBody NewBallot ballot) {
        return ballots.open(ballot);
    }

    @GetMapping
    @Operation(summary = "Ballot rounds of a working group, newest first")
    List<BallotSummary> list(@RequestParam UUID workingGroupId) {
        return ballots.ballots(workingGroupId);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One ballot round")
    BallotSummary get(@PathVariable UUID id) {
        return ballots.ballot(id);
    }

    @PostMapping("/{id}/votes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Cast or change your vote; returns the receipt. A repeated Idempotency-Key is refused")
    VoteReceipt vote(@PathVariable UUID id, @RequestBody CastVote vote,
                     @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return ballots.cast(id, key == null ? vote : new CastVote(vote.position(), vote.commentIds(), key));
    }

    @GetMapping("/{id}/receipts")
    @Operation(summary = "Your receipts in this round (the last vote counts)")
    List<VoteReceipt> receipts(@PathVariable UUID id) {
        return ballots.myReceipts(id);
    }

    @GetMapping("/{id}/receipts/check")
    @Operation(summary = "Is the entry at this log position, with this hash, in the log unchanged?")
    Map<String, Boolean> check(@PathVariable UUID id, @RequestParam long position, @RequestParam String hash) {
        return Map.of("inLog", ballots.checkReceipt(id, position, hash));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close the round and publish the tally and log (secretariat)")
    BallotResult close(@PathVariable UUID id) {
        return ballots.close(id);
    }

    record Extension(Instant closesAt) {
    }

    @PostMapping("/{id}/extend")
    @Operation(summary = "Extend the close (or reopen a round whose result was not valid)")
    BallotSummary extend(@PathVariable UUID id, @RequestBody Extension e) {
        return ballots.extend(id, e.closesAt());
    }

    @PostMapping("/{id}/feed-draft")
    @Operation(summary = "Move the balloted draft on the result: .99 approved to proceed, or .92 back with the negative comments")
    Map<String, String> feedDraft(@PathVariable UUID id) {
        return Map.of("stage", ballots.feedDraft(id));
    }

    @GetMapping("/{id}/result")
    @Operation(summary = "Per-criterion result with the numbers, breakdowns, negative votes, power")
    BallotResult result(@PathVariable UUID id) {
        return ballots.result(id);
    }

    @GetMapping("/{id}/participation")
    @Operation(summary = "Who was on the roll and who voted, by constituency, UN regional group and Global Majority, "
            + "with the missing voices (secretariat and convenors; a secret round gives counts only)")
    org.accord.membership.participation.ParticipationReport participation(@PathVariable UUID id) {
        return ballots.participation(id);
    }

    @GetMapping(value = "/{id}/participation.csv", produces = "text/csv;charset=UTF-8")
    @Operation(summary = "The participation report as CSV")
    org.springframework.http.ResponseEntity<String> participationCsv(@PathVariable UUID id) {
        return org.springframework.http.ResponseEntity.ok()
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"participation-ballot-" + id + ".csv\"")
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(org.accord.membership.participation.ParticipationCsv.write(ballots.participation(id)));
    }

    @GetMapping(value = "/{id}/export", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The verifier's input: rule, voters (tokens, weights, chambers), log entries, tally")
    String export(@PathVariable UUID id) {
        return ballots.export(id);
    }
}
