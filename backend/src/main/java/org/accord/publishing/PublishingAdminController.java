package org.accord.publishing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The secretariat's side of publishing: publish, follow generation, withdraw, retry; webhook subscriptions. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Publishing (secretariat)", description = "Publish frozen versions, withdraw, webhooks")
class PublishingAdminController {

    private final PublishingService publishing;
    private final WebhookService webhooks;

    PublishingAdminController(PublishingService publishing, WebhookService webhooks) {
        this.publishing = publishing;
        this.webhooks = webhooks;
    }

    record PublishRequest(String versionLabel, String overrideRationale) {
    }

    @PostMapping("/drafts/{draftId}/publications")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Publish a frozen version (its approval ballot passed, or with an override rationale); "
            + "files are generated in the background: follow GET /api/v1/publishing/{id}")
    PublicationSummary publish(@PathVariable UUID draftId, @RequestBody PublishRequest r) {
        return publishing.publish(new NewPublication(draftId, r.versionLabel(), r.overrideRationale()));
    }

    @GetMapping("/publishing")
    @Operation(summary = "Every publication, including ones being generated or whose generation failed")
    List<PublicationSummary> all() {
        return publishing.allPublications();
    }

    @GetMapping("/publishing/{id}")
    @Operation(summary = "State and generation progress (0–1) of one publication")
    Map<String, Object> state(@PathVariable UUID id) {
        PublicationSummary s = publishing.allPublications().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new org.accord.shared.NotFoundException("Publication", id));
        return Map.of("publication", s, "progress", publishing.progress(id).orElse(s.status().equals("generating") ? 0 : 1));
    }

    record Reason(String reason) {
    }

    @PostMapping("/publishing/{id}/withdraw")
    @Operation(summary = "Withdraw a publication (stays readable with a banner)")
    void withdraw(@PathVariable UUID id, @RequestBody Reason r) {
        publishing.withdraw(id, r.reason());
    }

    @PostMapping("/publishing/{id}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Generate again the files of a publication whose generation failed")
    void retry(@PathVariable UUID id) {
        publishing.retry(id);
    }

    record SubscribeRequest(String committee, String url) {
    }

    @PostMapping("/webhooks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Subscribe an endpoint to a committee's publications; the signing secret is returned once")
    WebhookService.CreatedSubscription subscribe(@RequestBody SubscribeRequest r) {
        return webhooks.subscribe(r.committee(), r.url());
    }

    @GetMapping("/webhooks")
    List<WebhookService.Subscription> subscriptions() {
        return webhooks.subscriptions();
    }

    @GetMapping("/webhooks/{id}/deliveries")
    List<WebhookService.Delivery> deliveries(@PathVariable UUID id) {
        return webhooks.deliveries(id);
    }

    @DeleteMapping("/webhooks/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unsubscribe(@PathVariable UUID id) {
        webhooks.unsubscribe(id);
    }
}
