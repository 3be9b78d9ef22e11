package org.accord.drafting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/drafts")
@Tag(name = "Drafts")
class DraftController {

    private final DraftingService drafting;
    private final RevisionService revisions;
    private final VersionService versions;
    private final TranslationService translations;

    DraftController(DraftingService drafting, RevisionService revisions, VersionService versions,
                    TranslationService translations) {
        this.drafting = drafting;
        this.revisions = revisions;
        this.versions = versions;
        this.translations = translations;
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
    @Operation(summary = "Ordered clause tree with derived numbers, titles, Markdown text and kinds; ?version=WD 1 for a frozen version")
    List<ClauseNode> clauses(@PathVariable UUID id, @RequestParam(required = false) String version) {
        return version == null ? drafting.clauseTree(id) : versions.tree(id, version);
    }

    record NewClauseRequest(UUID parentId, ClauseKind kind, AnnexType annexType, String title, String body) {
    }

    @PostMapping("/{id}/clauses")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a clause as the last child of parentId (top level when absent)")
    IdResponse addClause(@PathVariable UUID id, @RequestBody NewClauseRequest r) {
        return new IdResponse(drafting.addClause(id, r.parentId(), new NewClause(r.kind(), r.annexType(), r.title(), r.body())));
    }

    record MoveRequest(UUID parentId, int index) {
    }

    @PostMapping("/{id}/clauses/{clauseId}/move")
    @Operation(summary = "Move a clause and its sub-clauses under parentId (top level when absent) at a 0-based index")
    List<ClauseNode> move(@PathVariable UUID id, @PathVariable UUID clauseId, @RequestBody MoveRequest r) {
        drafting.moveClause(id, clauseId, r.parentId(), r.index());
        return drafting.clauseTree(id);
    }

    @DeleteMapping("/{id}/clauses/{clauseId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a clause and its sub-clauses from the working text (frozen versions keep them)")
    void delete(@PathVariable UUID id, @PathVariable UUID clauseId) {
        drafting.deleteClause(id, clauseId);
    }

    @PostMapping("/{id}/clauses/{clauseId}/terms")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a term entry to a terms and definitions clause")
    IdResponse addTerm(@PathVariable UUID id, @PathVariable UUID clauseId, @RequestBody NewTerm term) {
        return new IdResponse(drafting.addTerm(id, clauseId, term));
    }

    @PutMapping("/{id}/terms/{termId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change a term entry")
    void updateTerm(@PathVariable UUID id, @PathVariable UUID termId, @RequestBody NewTerm term) {
        drafting.updateTerm(id, termId, term);
    }

    @DeleteMapping("/{id}/terms/{termId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a term entry")
    void removeTerm(@PathVariable UUID id, @PathVariable UUID termId) {
        drafting.removeTerm(id, termId);
    }

    @GetMapping("/{id}/clauses/{clauseId}/revisions")
    @Operation(summary = "All revisions of a clause, newest first")
    List<RevisionInfo> revisions(@PathVariable UUID id, @PathVariable UUID clauseId) {
        return revisions.revisions(id, clauseId);
    }

    @PostMapping("/{id}/clauses/{clauseId}/revisions")
    @Operation(summary = "Save a new revision from a base revision: 201 when stored (merged if needed), 409 with the current text when the change overlaps another")
    ResponseEntity<SaveResult> revise(@PathVariable UUID id, @PathVariable UUID clauseId, @RequestBody ClauseEdit edit) {
        SaveResult result = revisions.revise(id, clauseId, edit);
        return ResponseEntity.status(result instanceof SaveResult.Conflict ? HttpStatus.CONFLICT : HttpStatus.CREATED).body(result);
    }

    @GetMapping("/{id}/clauses/{clauseId}/revisions/compare")
    @Operation(summary = "Word-level redline between two revisions of a clause")
    ClauseRedline compareRevisions(@PathVariable UUID id, @PathVariable UUID clauseId, @RequestParam int from, @RequestParam int to) {
        return revisions.compare(id, clauseId, from, to);
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Frozen versions of the draft, oldest first")
    List<VersionSummary> versions(@PathVariable UUID id) {
        return versions.versions(id);
    }

    record FreezeRequest(String label, String note) {
    }

    @PostMapping("/{id}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Freeze the working text as a numbered version, e.g. \"WD 2\"")
    VersionSummary freeze(@PathVariable UUID id, @RequestBody FreezeRequest r) {
        return versions.freeze(id, r.label(), r.note());
    }

    @GetMapping("/{id}/compare")
    @Operation(summary = "Structured comparison of two versions (labels or ids; \"current\" is the working text): added, deleted, moved and changed clauses with word diffs")
    DocumentDiff compare(@PathVariable UUID id, @RequestParam String from, @RequestParam(defaultValue = "current") String to) {
        return versions.compare(id, from, to);
    }

    @GetMapping("/{id}/stages")
    @Operation(summary = "Stage history: who moved the draft, when and why")
    List<StageHistoryEntry> stages(@PathVariable UUID id) {
        return drafting.stageHistory(id);
    }

    record StageRequest(String stage, String reason) {
    }

    @PostMapping("/{id}/stages")
    @Operation(summary = "Move the draft to a harmonized stage code (secretariat)")
    List<StageHistoryEntry> changeStage(@PathVariable UUID id, @RequestBody StageRequest r) {
        drafting.changeStage(id, r.stage(), r.reason());
        return drafting.stageHistory(id);
    }

    @GetMapping(value = "/{id}/export.md", produces = "text/markdown;charset=UTF-8")
    @Operation(summary = "The working text (or ?version=WD 1) as numbered Markdown")
    String exportMarkdown(@PathVariable UUID id, @RequestParam(defaultValue = "current") String version) {
        return versions.exportMarkdown(id, drafting.draft(id), version);
    }

    @PostMapping(value = "/import", consumes = {"application/xml", "text/xml", "text/markdown", "text/plain"})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a draft from a NISO STS XML (application/xml) or numbered Markdown (text/markdown) file; all or nothing")
    IdResponse importDraft(@RequestParam UUID workingGroupId, @RequestParam(required = false) String reference,
                           @RequestParam(defaultValue = "20.20") String stage,
                           @RequestHeader("Content-Type") String contentType, @RequestBody byte[] content) {
        DraftingService.ImportFormat format = contentType.contains("xml") ? DraftingService.ImportFormat.STS
                : DraftingService.ImportFormat.MARKDOWN;
        return new IdResponse(drafting.importDraft(workingGroupId, format, content, reference, stage));
    }

    @GetMapping("/{id}/translations")
    @Operation(summary = "Translations of the draft's clauses into one content language (?language=fr), each official or informal and flagged outdated when the clause changed since")
    List<ClauseTranslationView> translations(@PathVariable UUID id, @RequestParam String language) {
        return translations.translations(id, language);
    }

    @GetMapping("/{id}/clauses/{clauseId}/translations")
    @Operation(summary = "All translations of one clause, by language")
    List<ClauseTranslationView> clauseTranslations(@PathVariable UUID id, @PathVariable UUID clauseId) {
        return translations.translationsOfClause(id, clauseId);
    }

    @GetMapping("/{id}/clauses/{clauseId}/translations/{lang}")
    @Operation(summary = "The translation of a clause into an ISO 639-1 language (404 when there is none)")
    ClauseTranslationView clauseTranslation(@PathVariable UUID id, @PathVariable UUID clauseId, @PathVariable String lang) {
        return translations.translation(id, clauseId, lang)
                .orElseThrow(() -> new org.accord.shared.NotFoundException(org.accord.shared.Problem.of("notFound.translation", lang, clauseId)));
    }

    @PutMapping("/{id}/clauses/{clauseId}/translations/{lang}")
    @Operation(summary = "Add or change the translation of a clause: title, text, status (OFFICIAL for the secretariat or convenor, else INFORMAL), sourceRevision (default current) and version (0 when new, else the version you started from)")
    ClauseTranslationView saveTranslation(@PathVariable UUID id, @PathVariable UUID clauseId, @PathVariable String lang,
                                          @RequestBody TranslationEdit edit) {
        return translations.save(id, clauseId, lang, edit);
    }

    record IdResponse(UUID id) {
    }
}
