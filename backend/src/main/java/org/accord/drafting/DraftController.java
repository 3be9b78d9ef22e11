package org.accord.drafting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/drafts")
@Tag(name = "Drafts")
class DraftController {

    private final DraftingService drafting;

    DraftController(DraftingService drafting) {
        this.drafting = drafting;
    }

    @GetMapping
    @Operation(summary = "Drafts of the working groups the caller belongs to")
    List<DraftSummary> list() {
        return drafting.drafts();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Metadata of one draft")
    DraftSummary get(@PathVariable UUID id) {
        return drafting.draft(id);
    }

    @GetMapping("/{id}/clauses")
    @Operation(summary = "Ordered clause tree with derived numbers, titles, Markdown text and kinds")
    List<ClauseNode> clauses(@PathVariable UUID id) {
        return drafting.clauseTree(id);
    }
}
